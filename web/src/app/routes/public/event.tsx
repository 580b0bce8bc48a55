import { Anchor, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useEvent } from '@/features/events/api/events';
import { EventFacts } from '@/features/events/components/event-facts';
import { RegistrationPanel } from '@/features/events/components/registration-panel';
import { useEventText } from '@/features/events/components/use-event-text';
import { isApiError } from '@/lib/api-client';
import { useUser } from '@/lib/auth';

/** One published event for everyone, with the way to register (sign in, or register in the workspace). */
export default function PublicEventRoute() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  const me = useUser();
  const text = useEventText();
  const back = (
    <Anchor component={Link} to={paths.events.list.getHref()} size="sm">
      ← {t('events.backToList')}
    </Anchor>
  );
  let content: React.ReactNode;
  let title = t('events.detailTitle');
  if (event.isPending) {
    content = <LoadingState />;
  } else if (event.isError) {
    content =
      isApiError(event.error) && [400, 404].includes(event.error.status) ? (
        <EmptyState title={t('events.notFound')} />
      ) : (
        <ErrorState error={event.error} onRetry={() => void event.refetch()} />
      );
  } else {
    title = text.title(event.data);
    content = (
      <>
        <EventFacts event={event.data} />
        {me.isPending ? null : <RegistrationPanel event={event.data} me={me.data ?? null} />}
      </>
    );
  }
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <ContentLayout title={title} actions={back}>
        {content}
      </ContentLayout>
    </Container>
  );
}
