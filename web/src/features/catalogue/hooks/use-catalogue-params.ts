import { productCategories } from '@ketnoi/shared/reference/categories';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { searchSorts, storageModes, type SearchSort, type StorageMode } from '@/types/api';
import type { SearchProductsParams } from '../api/search-products';

/** The filters that live in the URL, by their query-string names (the API's own names). */
export type CatalogueFilter =
  'group' | 'category' | 'province' | 'region' | 'minStars' | 'storage' | 'exportedTo';

const categoryCodes = new Set<string>(productCategories.map((c) => c.code));
const groupCodes = new Set<string>(productCategories.map((c) => c.group));
/** Both engines page through the first 1,000 hits only (shared MAX_SEARCH_HITS). */
const MAX_PAGE = 50;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

/**
 * Reads the catalogue's state from the URL, leniently: a hand-edited or outdated link drops what
 * it cannot mean (an unknown sort, page 0) instead of failing the whole page.
 */
export function parseCatalogueParams(search: URLSearchParams): SearchProductsParams {
  const stars = Number(search.get('minStars'));
  const page = Math.trunc(Number(search.get('page') ?? '1'));
  const known = (set: Set<string>, value: string | null) =>
    value !== null && set.has(value) ? value : null;
  const text = (value: string | null) => (value ? value.slice(0, 80) : null);
  return {
    q: (search.get('q') ?? '').slice(0, 200),
    group: known(groupCodes, search.get('group')),
    category: known(categoryCodes, search.get('category')),
    province: text(search.get('province')),
    region: text(search.get('region')),
    minStars: stars >= 3 && stars <= 5 ? Math.trunc(stars) : null,
    certifications: [...new Set(search.getAll('certifications'))].slice(0, 10),
    storage: oneOf<StorageMode>(storageModes, search.get('storage')),
    exportedTo: /^[A-Z]{2}$/.test(search.get('exportedTo') ?? '') ? search.get('exportedTo') : null,
    sort: oneOf<SearchSort>(searchSorts, search.get('sort')) ?? 'relevance',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/**
 * The catalogue's state and the ways to change it. Filter and page changes are history entries
 * (the back button undoes them); typing replaces the current entry instead of adding one per
 * keystroke. Any change of what is searched goes back to page 1.
 */
export function useCatalogueParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseCatalogueParams(search), [search]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void, { replace = false, keepPage = false } = {}) => {
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          change(next);
          if (!keepPage) {
            next.delete('page');
          }
          return next;
        },
        { replace, preventScrollReset: true },
      );
    },
    [setSearch],
  );

  return {
    params,
    /** The query string of the current state, for a link back to this exact search. */
    queryString: search.toString(),
    setQuery: useCallback(
      (q: string) => update((next) => (q ? next.set('q', q) : next.delete('q')), { replace: true }),
      [update],
    ),
    setFilter: useCallback(
      (name: CatalogueFilter, value: string | null) =>
        update((next) => {
          if (value === null) {
            next.delete(name);
          } else {
            next.set(name, value);
          }
          // A category belongs to one group: changing the group drops a category of another.
          if (name === 'group') {
            next.delete('category');
          }
        }),
      [update],
    ),
    toggleCertification: useCallback(
      (code: string) =>
        update((next) => {
          const current = next.getAll('certifications');
          next.delete('certifications');
          const wanted = current.includes(code)
            ? current.filter((c) => c !== code)
            : [...current, code];
          wanted.forEach((c) => next.append('certifications', c));
        }),
      [update],
    ),
    setSort: useCallback(
      (sort: SearchSort) =>
        update((next) => (sort === 'relevance' ? next.delete('sort') : next.set('sort', sort))),
      [update],
    ),
    setPage: useCallback(
      (page: number) =>
        update((next) => (page > 1 ? next.set('page', String(page)) : next.delete('page')), {
          keepPage: true,
        }),
      [update],
    ),
    /** Every filter off; the text and the sort stay. */
    clearFilters: useCallback(
      () =>
        update((next) => {
          for (const name of [
            'group',
            'category',
            'province',
            'region',
            'minStars',
            'storage',
            'exportedTo',
            'certifications',
          ]) {
            next.delete(name);
          }
        }),
      [update],
    ),
  };
}

export type CatalogueParams = ReturnType<typeof useCatalogueParams>;
