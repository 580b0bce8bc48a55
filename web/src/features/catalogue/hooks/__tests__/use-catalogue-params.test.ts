import { describe, expect, it } from 'vitest';
import { parseCatalogueParams } from '../use-catalogue-params';

describe('parseCatalogueParams', () => {
  it('reads every filter the API knows', () => {
    expect(
      parseCatalogueParams(
        new URLSearchParams(
          'q=nuoc+mam&group=food&category=seasonings&province=an-giang&region=mekong-delta&minStars=4&certifications=haccp&storage=ambient&exportedTo=JP&sort=price_asc&page=3',
        ),
      ),
    ).toEqual({
      q: 'nuoc mam',
      group: 'food',
      category: 'seasonings',
      province: 'an-giang',
      region: 'mekong-delta',
      minStars: 4,
      certifications: ['haccp'],
      storage: 'ambient',
      exportedTo: 'JP',
      sort: 'price_asc',
      page: 3,
    });
  });

  it('drops what an outdated or hand-edited link cannot mean', () => {
    const params = parseCatalogueParams(
      new URLSearchParams(
        'group=cars&category=nope&minStars=9&storage=hot&exportedTo=japan&sort=random&page=-2&certifications=a&certifications=a',
      ),
    );
    expect(params).toMatchObject({
      group: null,
      category: null,
      minStars: null,
      storage: null,
      exportedTo: null,
      sort: 'relevance',
      page: 1,
      certifications: ['a'],
    });
  });

  it('stops at the last page both engines serve (1,000 hits)', () => {
    expect(parseCatalogueParams(new URLSearchParams('page=400')).page).toBe(50);
  });
});
