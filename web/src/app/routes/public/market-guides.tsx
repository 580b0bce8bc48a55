import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { GuidesList } from '@/features/market-guides/components/guides-list';

/** Published market guides, for anyone preparing to export (no account needed). */
export default function PublicMarketGuidesRoute() {
  const { t } = useTranslation();
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <ContentLayout title={t('marketGuides.title')} description={t('marketGuides.subtitle')}>
        <GuidesList hrefOf={(guide) => paths.markets.guide.getHref(guide.id)} />
      </ContentLayout>
    </Container>
  );
}
