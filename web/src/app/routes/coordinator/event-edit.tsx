import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useEvent } from '@/features/events/api/events';
import { EventForm } from '@/features/events/components/event-form';
import { isApiError } from '@/lib/api-client';

export default function EditEventRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  const back = (
    <Anchor component={Link} to={paths.app.event.getHref(eventId)} size="sm">
      ← {t('events.backToEvent')}
    </Anchor>
  );
  return (
    <ContentLayout title={t('events.editTitle')} actions={back}>
      {event.isPending ? (
        <LoadingState />
      ) : event.isError ? (
        isApiError(event.error) && [400, 404].includes(event.error.status) ? (
          <EmptyState title={t('events.notFound')} />
        ) : (
          <ErrorState error={event.error} onRetry={() => void event.refetch()} />
        )
      ) : (
        // A new version from the server ("load latest") starts the form again from it.
        <EventForm
          key={event.data.version}
          mode="edit"
          event={event.data}
          onSaved={(saved) => void navigate(paths.app.event.getHref(saved.id))}
          onReload={() => void event.refetch()}
        />
      )}
    </ContentLayout>
  );
}
