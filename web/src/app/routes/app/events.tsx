import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { EventsList } from '@/features/events/components/events-list';
import { useCurrentUser } from '@/lib/auth';

/** Events in the workspace: coordinators see every status and create; members filter their own. */
export default function EventsRoute() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const staff = user.role === 'coordinator' || user.role === 'admin';
  return (
    <ContentLayout
      title={t('events.title')}
      description={staff ? t('events.subtitleStaff') : t('events.subtitleMember')}
      actions={
        staff ? (
          <Button component={Link} to={paths.app.newEvent.getHref()}>
            {t('events.createAction')}
          </Button>
        ) : null
      }
    >
      <EventsList audience={staff ? 'staff' : 'member'} hrefOf={paths.app.event.getHref} />
    </ContentLayout>
  );
}
