import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { AgreementFormModal } from '@/features/agreements/components/agreement-form-modal';
import { AgreementsList } from '@/features/agreements/components/agreements-list';
import { useCurrentUser } from '@/lib/auth';

/** MoUs and contracts: coordinators record and see all; producers and distributors their own. */
export default function AgreementsRoute() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const manage = user.role === 'coordinator' || user.role === 'admin';
  const [recording, setRecording] = useState(false);
  return (
    <ContentLayout
      title={t('agreements.title')}
      description={manage ? t('agreements.subtitleStaff') : t('agreements.subtitleParty')}
      actions={
        manage ? (
          <Button onClick={() => setRecording(true)}>{t('agreements.recordAction')}</Button>
        ) : undefined
      }
    >
      <AgreementsList matchHref={(id) => paths.app.match.getHref(id)} manage={manage} />
      {manage ? (
        <AgreementFormModal opened={recording} onClose={() => setRecording(false)} />
      ) : null}
    </ContentLayout>
  );
}
