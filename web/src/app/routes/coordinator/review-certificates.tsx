import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { CertificateReviewList } from '@/features/certificates/components/certificate-review-list';

export default function ReviewCertificatesRoute() {
  const { t } = useTranslation();
  return (
    <ContentLayout
      title={t('certificateReview.title')}
      description={t('certificateReview.subtitle')}
    >
      <CertificateReviewList />
    </ContentLayout>
  );
}
