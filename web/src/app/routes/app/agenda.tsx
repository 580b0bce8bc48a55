import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useEvent } from '@/features/events/api/events';
import { useEventText } from '@/features/events/components/use-event-text';
import { MemberAgenda } from '@/features/meetings/components/member-agenda';
import { isApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';

/** A producer's or distributor's B2B agenda at one event (meeting notifications link here). */
export default function AgendaRoute() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const me = useCurrentUser();
  const event = useEvent(eventId);
  const text = useEventText();
  if (me.user.role === 'coordinator' || me.user.role === 'admin') {
    return <Navigate to={paths.app.meetingGrid.getHref(eventId)} replace />;
  }
  const back = (
    <Anchor component={Link} to={paths.app.event.getHref(eventId)} size="sm">
      ← {t('meetings.agenda.backToEvent')}
    </Anchor>
  );
  if (event.isPending) {
    return (
      <ContentLayout title={t('meetings.agenda.pageTitle')} actions={back}>
        <LoadingState />
      </ContentLayout>
    );
  }
  if (event.isError || !me.organization) {
    const missing =
      !me.organization || (isApiError(event.error) && [400, 404].includes(event.error.status));
    return (
      <ContentLayout title={t('meetings.agenda.pageTitle')} actions={back}>
        {missing ? (
          <EmptyState title={t('events.notFound')} />
        ) : (
          <ErrorState error={event.error} onRetry={() => void event.refetch()} />
        )}
      </ContentLayout>
    );
  }
  return (
    <ContentLayout
      title={t('meetings.agenda.pageTitle')}
      description={`${text.title(event.data)} · ${text.span(event.data)}`}
      actions={<Group gap="xs">{back}</Group>}
    >
      <MemberAgenda event={event.data} organization={me.organization} />
    </ContentLayout>
  );
}
