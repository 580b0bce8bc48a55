import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useEvent } from '@/features/events/api/events';
import { EventAdminActions } from '@/features/events/components/event-admin-actions';
import { EventFacts } from '@/features/events/components/event-facts';
import { RegistrationPanel } from '@/features/events/components/registration-panel';
import { RegistrationsManager } from '@/features/events/components/registrations-manager';
import { useEventText } from '@/features/events/components/use-event-text';
import { isApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';

/**
 * One event in the workspace (notifications link here). Coordinators manage it and decide
 * registrations; producers and distributors register and reach their agenda.
 */
export default function EventRoute() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const me = useCurrentUser();
  const staff = me.user.role === 'coordinator' || me.user.role === 'admin';
  const event = useEvent(eventId);
  const text = useEventText();
  const back = (
    <Anchor component={Link} to={paths.app.events.getHref()} size="sm">
      ← {t('events.backToList')}
    </Anchor>
  );
  if (event.isPending) {
    return (
      <ContentLayout title={t('events.detailTitle')} actions={back}>
        <LoadingState />
      </ContentLayout>
    );
  }
  if (event.isError) {
    const missing = isApiError(event.error) && [400, 404].includes(event.error.status);
    return (
      <ContentLayout title={t('events.detailTitle')} actions={back}>
        {missing ? (
          <EmptyState title={t('events.notFound')} />
        ) : (
          <ErrorState error={event.error} onRetry={() => void event.refetch()} />
        )}
      </ContentLayout>
    );
  }
  return (
    <ContentLayout title={text.title(event.data)} actions={back}>
      {staff ? <EventAdminActions event={event.data} /> : null}
      <EventFacts event={event.data} />
      <Stack gap="lg">
        {staff ? (
          <RegistrationsManager eventId={event.data.id} />
        ) : (
          <RegistrationPanel event={event.data} me={me} />
        )}
      </Stack>
    </ContentLayout>
  );
}
