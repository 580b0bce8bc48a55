import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/layouts/content-layout';
import { CatalogueSearch } from '@/features/catalogue/components/catalogue-search';

export default function CatalogueRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.title'));
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
            {t('catalogue.title')}
          </Title>
          <Text c="dimmed" size="sm" mt={4}>
            {t('catalogue.subtitle')}
          </Text>
        </div>
        <CatalogueSearch />
      </Stack>
    </Container>
  );
}
