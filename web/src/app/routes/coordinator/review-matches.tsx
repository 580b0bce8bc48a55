import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { MatchQueue } from '@/features/matches/components/match-queue';

/** The match approval queue: proposals best score first, with their breakdowns and gaps. */
export default function ReviewMatchesRoute() {
  const { t } = useTranslation();
  return (
    <ContentLayout title={t('matches.queue.title')} description={t('matches.queue.subtitle')}>
      <MatchQueue />
    </ContentLayout>
  );
}
