import {
  Box,
  Button,
  Grid,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import { searchSorts } from '@/types/api';
import {
  getSearchProductsQueryOptions,
  SEARCH_PAGE_SIZE,
  useSearchProducts,
} from '../api/search-products';
import { useCatalogueParams } from '../hooks/use-catalogue-params';
import { ActiveFilters, hasFilters } from './active-filters';
import { ResultsSkeleton } from './catalogue-skeletons';
import classes from './catalogue.module.css';
import { ProductCards, cardFromHit } from './product-card';
import { SearchBox } from './search-box';
import { SearchFacets } from './search-facets';

const FACETS_ID = 'catalogue-facets';

/**
 * The public catalogue: search as you type, facets with counts, sort and pages. Everything is in
 * the URL, so a search is a link to share and the back button steps through it.
 */
export function CatalogueSearch() {
  const { t } = useTranslation();
  const format = useFormatters();
  const catalogue = useCatalogueParams();
  const { params } = catalogue;
  const query = useSearchProducts(params);
  const queryClient = useQueryClient();
  const { setQuery } = catalogue;
  // The answer is asked for as the text is sent, not once the URL change has re-rendered the
  // page: the query for the new URL (page 1, as `setQuery` resets it) then finds it in flight.
  const search = useCallback(
    (q: string) => {
      void queryClient.prefetchQuery(getSearchProductsQueryOptions({ ...params, q, page: 1 }));
      setQuery(q);
    },
    [queryClient, params, setQuery],
  );
  // An answer is drawn (cards and facets, the page's heaviest render) in a background render
  // React can interrupt, not in one long task: the box stays responsive to the next keystroke.
  // Until it is on screen the results count as busy.
  const data = useDeferredValue(query.data);
  const drawing = data !== query.data;
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const filtered = hasFilters(params);
  const { setFilter, toggleCertification } = catalogue;
  // Redrawn only for a new answer (and the facets for new filters): not again for the URL
  // change that asks for it, nor for the pass that waits for the deferred answer.
  const cards = useMemo(
    () => (data ? <ProductCards products={data.hits.map(cardFromHit)} /> : null),
    [data],
  );
  const facets = useMemo(
    () =>
      data ? (
        <SearchFacets
          facets={data.facets}
          approximate={data.facetsApproximate === true}
          params={params}
          actions={{ setFilter, toggleCertification }}
        />
      ) : null,
    [data, params, setFilter, toggleCertification],
  );

  const summary = data
    ? data.totalCapped
      ? t('catalogue.totalCapped', { formatted: format.number(data.total) })
      : t('catalogue.total', {
          count: data.total,
          formatted: format.number(data.total),
        })
    : null;

  return (
    <Stack gap="md">
      <SearchBox value={params.q} onSearch={search} />

      <Group justify="space-between" gap="sm" align="flex-end">
        {/* A line of its own on phones, there from the first paint (a no-break space until the
            count arrives): the count appearing must not push the controls and results down. */}
        <Text
          size="sm"
          c="dimmed"
          role="status"
          aria-live="polite"
          aria-atomic="true"
          w={{ base: '100%', sm: 'auto' }}
        >
          {summary ?? '\u00a0'}
        </Text>
        <Group gap="xs" align="flex-end">
          <Button
            variant="default"
            hiddenFrom="md"
            onClick={toggleFilters}
            aria-expanded={filtersOpen}
            aria-controls={FACETS_ID}
          >
            {filtersOpen ? t('catalogue.hideFilters') : t('catalogue.showFilters')}
          </Button>
          {/* The browser's own select: no popover code in the catalogue's first download, and
              the phone's native picker. */}
          <NativeSelect
            label={t('catalogue.sortLabel')}
            w={200}
            value={params.sort}
            onChange={(event) => {
              const sort = searchSorts.find((value) => value === event.currentTarget.value);
              if (sort) {
                catalogue.setSort(sort);
              }
            }}
            data={searchSorts.map((sort) => ({ value: sort, label: t(`catalogue.sort.${sort}`) }))}
          />
        </Group>
      </Group>

      <ActiveFilters params={params} actions={catalogue} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Box
            id={FACETS_ID}
            component="aside"
            aria-label={t('catalogue.filtersLabel')}
            className={classes.facets}
            data-open={filtersOpen || undefined}
          >
            {facets}
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : !data ? (
            <ResultsSkeleton />
          ) : data.hits.length === 0 ? (
            <EmptyState
              title={t('catalogue.empty')}
              description={params.q ? t('catalogue.emptyHint') : undefined}
              action={
                filtered ? (
                  <Button variant="light" onClick={catalogue.clearFilters}>
                    {t('catalogue.clearFilters')}
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <Stack gap="md">
              {/* The cards' titles are level 3: the results get the level 2 a screen reader expects. */}
              <VisuallyHidden>
                <h2>{t('catalogue.resultsHeading')}</h2>
              </VisuallyHidden>
              <SimpleGrid
                cols={{ base: 1, xs: 2, lg: 3 }}
                spacing="md"
                className={query.isPlaceholderData || drawing ? classes.stale : undefined}
                aria-busy={query.isFetching || drawing}
              >
                {cards}
              </SimpleGrid>
              <Paged
                page={params.page}
                total={data.total}
                limit={SEARCH_PAGE_SIZE}
                onChange={(page) => {
                  catalogue.setPage(page);
                  window.scrollTo({ top: 0 });
                }}
              />
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
