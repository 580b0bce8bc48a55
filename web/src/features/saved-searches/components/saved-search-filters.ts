import type { SavedSearchFilters } from '@/types/api';
import type { SearchProductsParams } from '@/features/catalogue/api/search-products';

/** The catalogue's current search as filters to keep: only what is set, no paging. */
export function filtersFromParams(params: SearchProductsParams): SavedSearchFilters {
  const { q, group, category, province, region, minStars, certifications, storage, exportedTo } =
    params;
  const filters: SavedSearchFilters = {};
  if (q.trim()) filters.q = q.trim();
  if (group) filters.group = group as SavedSearchFilters['group'];
  if (category) filters.category = category as SavedSearchFilters['category'];
  if (province) filters.province = province;
  if (region) filters.region = region;
  if (minStars) filters.minStars = minStars;
  if (certifications.length > 0) filters.certifications = certifications;
  if (storage) filters.storage = storage;
  if (exportedTo) filters.exportedTo = exportedTo;
  if (params.sort !== 'relevance') filters.sort = params.sort;
  return filters;
}

/** A saved search as the catalogue's query string (the same names as the API's). */
export function queryStringOf(filters: SavedSearchFilters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (Array.isArray(value)) {
      value.forEach((v) => search.append(name, String(v)));
    } else if (value !== undefined && value !== null && value !== '') {
      search.set(name, String(value));
    }
  }
  return search.toString();
}
