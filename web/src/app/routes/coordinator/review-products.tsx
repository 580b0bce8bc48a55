import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { ReviewProductsList } from '@/features/review/components/review-products-list';

export default function ReviewProductsRoute() {
  const { t } = useTranslation();
  return (
    <ContentLayout title={t('productReview.title')} description={t('productReview.subtitle')}>
      <ReviewProductsList />
    </ContentLayout>
  );
}
