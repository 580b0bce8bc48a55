import { describe, expect, it } from 'vitest';
import { parseCatalogueParams } from '@/features/catalogue/hooks/use-catalogue-params';
import { filtersFromParams, queryStringOf } from '../saved-search-filters';

describe('saved search filters', () => {
  it('keep only what is set, without the page, and open the same search again', () => {
    const url = new URLSearchParams(
      'q=+che+thai+&group=beverage&minStars=4&certifications=vietgap&certifications=haccp&sort=stars&page=3',
    );
    const filters = filtersFromParams(parseCatalogueParams(url));
    expect(filters).toEqual({
      q: 'che thai',
      group: 'beverage',
      minStars: 4,
      certifications: ['vietgap', 'haccp'],
      sort: 'stars',
    });
    const reopened = parseCatalogueParams(new URLSearchParams(queryStringOf(filters)));
    expect(filtersFromParams(reopened)).toEqual(filters);
    expect(reopened.page).toBe(1);
  });

  it('save nothing for the bare catalogue (relevance is the default sort)', () => {
    expect(filtersFromParams(parseCatalogueParams(new URLSearchParams('sort=relevance')))).toEqual(
      {},
    );
  });
});
