import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { ReviewOrganizationsList } from '@/features/review/components/review-organizations-list';

export default function ReviewOrganizationsRoute() {
  const { t } = useTranslation();
  return (
    <ContentLayout title={t('review.title')} description={t('review.subtitle')}>
      <ReviewOrganizationsList />
    </ContentLayout>
  );
}
