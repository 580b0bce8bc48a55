import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { MyMatches } from '@/features/matches/components/my-matches';
import { useCurrentUser } from '@/lib/auth';

/** A party's introductions and their pipeline (producers and distributors). */
export default function MatchesRoute() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const perspective = user.role === 'producer' ? 'producer' : 'distributor';
  return (
    <ContentLayout title={t('matches.title')} description={t(`matches.subtitle.${perspective}`)}>
      <MyMatches perspective={perspective} />
    </ContentLayout>
  );
}
