import { Container, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Prefetch } from '@/app/router';
import { useDocumentTitle } from '@/components/layouts/content-layout';
import { getSearchProductsQueryOptions } from '@/features/catalogue/api/search-products';
import { CatalogueSearch } from '@/features/catalogue/components/catalogue-search';
import {
  parseCatalogueParams,
  useCatalogueParams,
} from '@/features/catalogue/hooks/use-catalogue-params';
import { useUser } from '@/lib/auth';

/**
 * Signed-in people only: loaded on demand, so its menus and dialogs stay out of the catalogue's
 * first download for everyone else.
 */
const SavedSearchesBar = lazy(() =>
  import('@/features/saved-searches/components/saved-searches-bar').then((module) => ({
    default: module.SavedSearchesBar,
  })),
);

export default function CatalogueRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.title'));
  const signedIn = Boolean(useUser().data);
  const { params } = useCatalogueParams();
  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" gap="sm">
          <div>
            <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
              {t('catalogue.title')}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('catalogue.subtitle')}
            </Text>
          </div>
          {signedIn && (
            <Suspense fallback={null}>
              <SavedSearchesBar params={params} />
            </Suspense>
          )}
        </Group>
        <CatalogueSearch />
      </Stack>
    </Container>
  );
}

export const prefetch: Prefetch = (queryClient, { url }) =>
  queryClient.fetchQuery(getSearchProductsQueryOptions(parseCatalogueParams(url.searchParams)));
