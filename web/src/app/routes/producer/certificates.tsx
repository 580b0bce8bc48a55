import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { CertificatesManager } from '@/features/certificates/components/certificates-manager';

/** All of the producer's certificates; `/app/certificates/:id` (from a reminder) outlines one. */
export default function CertificatesRoute() {
  const { t } = useTranslation();
  const { certificateId = null } = useParams();
  return (
    <ContentLayout title={t('certificates.pageTitle')} description={t('certificates.pageSubtitle')}>
      <CertificatesManager productId={null} highlightId={certificateId} />
    </ContentLayout>
  );
}
