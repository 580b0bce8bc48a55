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
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import { searchSorts } from '@/types/api';
import { SEARCH_PAGE_SIZE, useSearchProducts } from '../api/search-products';
import { useCatalogueParams } from '../hooks/use-catalogue-params';
import { ActiveFilters, hasFilters } from './active-filters';
import classes from './catalogue.module.css';
import { ProductCard, cardFromHit } from './product-card';
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
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const filtered = hasFilters(params);

  const summary = query.data
    ? query.data.totalCapped
      ? t('catalogue.totalCapped', { formatted: format.number(query.data.total) })
      : t('catalogue.total', {
          count: query.data.total,
          formatted: format.number(query.data.total),
        })
    : null;

  return (
    <Stack gap="md">
      <SearchBox value={params.q} onSearch={catalogue.setQuery} />

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
            {query.data ? (
              <SearchFacets
                facets={query.data.facets}
                approximate={query.data.facetsApproximate === true}
                params={params}
                actions={catalogue}
              />
            ) : null}
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {query.isPending ? (
            <LoadingState />
          ) : query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : query.data.hits.length === 0 ? (
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
                className={query.isPlaceholderData ? classes.stale : undefined}
                aria-busy={query.isFetching}
              >
                {query.data.hits.map((hit) => (
                  <ProductCard key={hit.id} product={cardFromHit(hit)} />
                ))}
              </SimpleGrid>
              <Paged
                page={params.page}
                total={query.data.total}
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
