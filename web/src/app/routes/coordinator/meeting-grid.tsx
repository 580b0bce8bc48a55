import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useEvent } from '@/features/events/api/events';
import { useEventText } from '@/features/events/components/use-event-text';
import { CoordinatorMeetings } from '@/features/meetings/components/coordinator-meetings';
import { isApiError } from '@/lib/api-client';

/** The coordinator's B2B console for one event: grid, direct booking, draft agenda, rates. */
export default function MeetingGridRoute() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  const text = useEventText();
  const back = (
    <Anchor component={Link} to={paths.app.event.getHref(eventId)} size="sm">
      ← {t('events.backToEvent')}
    </Anchor>
  );
  if (event.isPending || event.isError) {
    return (
      <ContentLayout title={t('meetings.grid.pageTitle')} actions={back}>
        {event.isPending ? (
          <LoadingState />
        ) : isApiError(event.error) && [400, 404].includes(event.error.status) ? (
          <EmptyState title={t('events.notFound')} />
        ) : (
          <ErrorState error={event.error} onRetry={() => void event.refetch()} />
        )}
      </ContentLayout>
    );
  }
  return (
    <ContentLayout
      title={t('meetings.grid.pageTitle')}
      description={`${text.title(event.data)} · ${text.span(event.data)}`}
      actions={back}
    >
      <CoordinatorMeetings event={event.data} />
    </ContentLayout>
  );
}
