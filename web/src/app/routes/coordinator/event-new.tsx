import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { EventForm } from '@/features/events/components/event-form';

/** A new event starts as a draft, published from its page once checked. */
export default function NewEventRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ContentLayout
      title={t('events.newTitle')}
      description={t('events.newSubtitle')}
      actions={
        <Anchor component={Link} to={paths.app.events.getHref()} size="sm">
          ← {t('events.backToList')}
        </Anchor>
      }
    >
      <EventForm
        mode="create"
        onSaved={(event) => void navigate(paths.app.event.getHref(event.id))}
      />
    </ContentLayout>
  );
}
