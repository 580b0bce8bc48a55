import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { BackLink, GuideDetail } from '@/features/market-guides/components/guide-detail';

export default function PublicMarketGuideRoute() {
  const { t } = useTranslation();
  const { guideId = '' } = useParams();
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <GuideDetail
        key={guideId}
        guideId={guideId}
        back={<BackLink to={paths.markets.list.getHref()} label={t('marketGuides.backToList')} />}
      />
    </Container>
  );
}
