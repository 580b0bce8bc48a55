import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { EventsList } from '@/features/events/components/events-list';

/** The centre's published events: conferences, goods weeks, fairs and survey trips. */
export default function PublicEventsRoute() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <ContentLayout title={t('events.title')} description={t('events.subtitle')}>
        <EventsList audience="public" hrefOf={paths.events.event.getHref} />
      </ContentLayout>
    </Container>
  );
}
