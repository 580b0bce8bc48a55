import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SEARCH_HITS } from '@ketnoi/shared';
import {
  EXAMINED_MATCHES,
  createPostgresSearchEngine,
} from '../../src/modules/search/postgres-search-engine.ts';
import type {
  ProductSearchDocument,
  ResolvedSearchQuery,
  SearchEngine,
} from '../../src/modules/search/search-engine.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { defineSearchEngineContract, fixtureDocuments } from './search-engine.contract.ts';

defineSearchEngineContract('postgres', async () => {
  const ctx = await createTestContext();
  return { engine: createPostgresSearchEngine(ctx.database.db), cleanup: () => ctx.close() };
});

/**
 * Filters alone are counted exactly by facet combination, whatever the number of matches. Words
 * (or a price or MOQ filter) make the engine visit the matches: beyond EXAMINED_MATCHES it counts
 * facets over the matches it examined and says so; the total stops at MAX_SEARCH_HITS as always,
 * and hits in any order but relevance stay exact.
 */
describe('postgres search engine: more matches than it examines', () => {
  let ctx: TestContext;
  let engine: SearchEngine;
  const inBig = EXAMINED_MATCHES; // exactly as many as examined: still exact
  const inSmall = 50;
  const template = fixtureDocuments.find((d) => d.province === 'an-giang')!;
  const docs: ProductSearchDocument[] = Array.from({ length: inBig + inSmall }, (_, i) => ({
    ...template,
    id: `5e1c0001-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    nameVi: `Nước mắm nhĩ số ${i}`,
    nameEn: null,
    province: i < inBig ? 'an-giang' : 'ca-mau',
    ocopStars: 3 + (i % 3),
    exportedTo: i % 2 === 0 ? ['JP'] : [],
    // One a minute, in no particular order of id, so "newest" has to sort.
    publishedAt: new Date(
      Date.UTC(2026, 0, 1) + ((i * 7919) % (inBig + inSmall)) * 60_000,
    ).toISOString(),
  }));
  const newest = (a: ProductSearchDocument, b: ProductSearchDocument) =>
    Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!) || a.id.localeCompare(b.id);
  const newestFirst = [...docs].sort(newest);
  const orders = {
    newest,
    stars: (a: ProductSearchDocument, b: ProductSearchDocument) =>
      (b.ocopStars ?? 0) - (a.ocopStars ?? 0) || newest(a, b),
  };
  const base: ResolvedSearchQuery = { sort: 'relevance', page: 1, limit: 20 };
  const search = (filters: Partial<ResolvedSearchQuery>) => engine.search({ ...base, ...filters });

  beforeAll(async () => {
    ctx = await createTestContext();
    engine = createPostgresSearchEngine(ctx.database.db);
    await engine.clear();
    await engine.index(docs);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('counts filters alone exactly, caps the total and keeps the newest hits exact', async () => {
    const result = await search({ sort: 'newest', limit: 5 });
    expect(result.facetsApproximate).toBe(false);
    expect(result.total).toBe(MAX_SEARCH_HITS);
    expect(result.totalCapped).toBe(true);
    expect(result.facets.province).toEqual({ 'an-giang': inBig, 'ca-mau': inSmall });
    expect(result.facets.exportedTo).toEqual({ JP: (inBig + inSmall) / 2 });
    expect(result.hits.map((h) => h.id)).toEqual(newestFirst.slice(0, 5).map((d) => d.id));
  });

  it('says the facet counts are approximate when a MOQ filter makes it visit the matches', async () => {
    const result = await search({ moqMax: template.moq, sort: 'newest', limit: 5 });
    expect(result.facetsApproximate).toBe(true);
    expect(result.total).toBe(MAX_SEARCH_HITS);
    expect(result.hits.map((h) => h.id)).toEqual(newestFirst.slice(0, 5).map((d) => d.id));
    // Counted over the examined matches only: never more than that in one facet.
    const counted = Object.values(result.facets.province).reduce((a, b) => a + b, 0);
    expect(counted).toBeLessThanOrEqual(EXAMINED_MATCHES + 1);
  });

  // Both ways of reading a filter-only page (per combination, or walking all products newest
  // first) and the visiting one (a MOQ filter), deep into the results, against the documents.
  it.each([
    { label: 'all, newest', filters: { sort: 'newest' } },
    { label: 'all, stars', filters: { sort: 'stars' } },
    { label: 'one province, newest', filters: { province: 'ca-mau', sort: 'newest' } },
    { label: 'one province, stars', filters: { province: 'ca-mau', sort: 'stars' } },
    { label: '4+ stars exported to JP', filters: { minStars: 4, exportedTo: 'JP' } },
    {
      label: 'two large combinations, newest',
      filters: { province: 'an-giang', minStars: 4, exportedTo: 'JP', sort: 'newest' },
    },
    {
      label: 'two large combinations, stars',
      filters: { province: 'an-giang', minStars: 4, exportedTo: 'JP', sort: 'stars' },
    },
    { label: 'MOQ filter, newest', filters: { moqMax: template.moq, sort: 'newest' } },
  ] as { label: string; filters: Partial<ResolvedSearchQuery> }[])(
    'pages deep in the requested order over all matches: $label',
    async ({ filters }) => {
      const expected = docs
        .filter((d) => !filters.province || d.province === filters.province)
        .filter((d) => !filters.minStars || (d.ocopStars ?? 0) >= filters.minStars)
        .filter((d) => !filters.exportedTo || d.exportedTo.includes(filters.exportedTo))
        .sort(filters.sort === 'stars' ? orders.stars : orders.newest)
        .slice(0, MAX_SEARCH_HITS);
      for (const page of [1, 2, 17, MAX_SEARCH_HITS / 20]) {
        const result = await search({ ...filters, page, limit: 20 });
        expect(result.hits.map((h) => h.id)).toEqual(
          expected.slice((page - 1) * 20, page * 20).map((d) => d.id),
        );
      }
    },
  );

  it('ranks a text query among the examined matches and says so', async () => {
    const result = await search({ q: 'nuoc mam' });
    expect(result.facetsApproximate).toBe(true);
    expect(result.hits).toHaveLength(20);
    expect(result.totalCapped).toBe(true);
  });

  it('is exact when the matches are exactly as many as it examines', async () => {
    const result = await search({ q: 'nuoc mam', province: 'an-giang', limit: 3, sort: 'newest' });
    expect(result.facetsApproximate).toBe(false);
    expect(result.facets.province).toEqual({ 'an-giang': inBig });
    expect(result.facets.exportedTo).toEqual({ JP: inBig / 2 });
    expect(result.facets.stars).toEqual({
      '3': docs.slice(0, inBig).filter((d) => d.ocopStars === 3).length,
      '4': docs.slice(0, inBig).filter((d) => d.ocopStars === 4).length,
      '5': docs.slice(0, inBig).filter((d) => d.ocopStars === 5).length,
    });
    expect(result.hits.map((h) => h.id)).toEqual(
      newestFirst
        .filter((d) => d.province === 'an-giang')
        .slice(0, 3)
        .map((d) => d.id),
    );
  });

  it('is exact for a narrow filter', async () => {
    const result = await search({ province: 'ca-mau', q: 'nuoc mam', limit: 100 });
    expect(result.facetsApproximate).toBe(false);
    expect(result.total).toBe(inSmall);
    expect(result.totalCapped).toBe(false);
    expect(result.facets.province).toEqual({ 'ca-mau': inSmall });
    expect(result.hits).toHaveLength(inSmall);
  });
});

/**
 * product_search_combinations is kept by triggers: whatever writes the index (new products, a
 * product whose facet values change, deletions, a clear, two writers at once), every
 * combination's count is the number of indexed products that have it.
 */
describe('postgres search engine: facet combinations', () => {
  let ctx: TestContext;
  let engine: SearchEngine;
  const template = fixtureDocuments[0]!;
  const doc = (i: number, changes: Partial<ProductSearchDocument> = {}): ProductSearchDocument => ({
    ...template,
    id: `5e1c0002-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    province: ['an-giang', 'ca-mau', 'ha-noi'][i % 3]!,
    ocopStars: i % 4 === 0 ? null : 3 + (i % 3),
    certifications: i % 5 === 0 ? ['vietgap'] : [],
    ...changes,
  });

  /** Combinations whose count differs from the indexed products that have them. */
  async function miscounted() {
    const { rows } = await ctx.database.pool.query(`
      select c.id, c.products, coalesce(s.n, 0) as actual
        from product_search_combinations c
        left join (select combination_id, count(*)::int as n from product_search group by 1) s
          on s.combination_id = c.id
       where c.products <> coalesce(s.n, 0)`);
    return rows;
  }
  /** Products whose combination is not their own facet values. */
  async function misfiled() {
    const { rows } = await ctx.database.pool.query(`
      select s.product_id from product_search s join product_search_combinations c on c.id = s.combination_id
       where (c.ocop_group, c.category, c.province_code, c.region, c.certifications, c.storage, c.exported_to)
             is distinct from (s.ocop_group, s.category, s.province_code, s.region, s.certifications, s.storage, s.exported_to)
          or c.stars is distinct from s.stars`);
    return rows;
  }
  const total = async () => (await engine.search({ sort: 'newest', page: 1, limit: 1 })).total;

  beforeAll(async () => {
    ctx = await createTestContext();
    engine = createPostgresSearchEngine(ctx.database.db);
    await engine.clear();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('keeps every count exact through inserts, changes, deletions and a clear', async () => {
    await engine.index(Array.from({ length: 60 }, (_, i) => doc(i)));
    expect(await miscounted()).toEqual([]);
    expect(await total()).toBe(60);

    // Half move to another province and lose their stars; some are indexed again unchanged.
    await engine.index(
      Array.from({ length: 40 }, (_, i) =>
        i < 30 ? doc(i, { province: 'tuyen-quang', ocopStars: null }) : doc(i),
      ),
    );
    expect(await miscounted()).toEqual([]);
    expect(await misfiled()).toEqual([]);
    const moved = await engine.search({
      sort: 'newest',
      page: 1,
      limit: 1,
      province: 'tuyen-quang',
    });
    expect(moved.total).toBe(30);
    expect(moved.facets.stars).toEqual({});

    await engine.delete(Array.from({ length: 15 }, (_, i) => doc(i * 4).id));
    expect(await miscounted()).toEqual([]);
    expect(await total()).toBe(45);

    await engine.clear();
    expect(await miscounted()).toEqual([]);
    expect(await total()).toBe(0);
  });

  it('keeps counts exact with concurrent writers on the same combinations', async () => {
    await engine.clear();
    const batches = Array.from({ length: 8 }, (_, b) =>
      // Overlapping products, written in opposite orders by alternate batches.
      Array.from({ length: 40 }, (_, i) =>
        doc((b % 2 === 0 ? i : 39 - i) + b * 10, {
          province: ['an-giang', 'ca-mau', 'ha-noi', 'hue'][(i + b) % 4]!,
        }),
      ),
    );
    await Promise.all(batches.map((batch) => engine.index(batch)));
    expect(await miscounted()).toEqual([]);
    expect(await misfiled()).toEqual([]);
    const { rows } = await ctx.database.pool.query<{ n: number }>(
      'select count(*)::int as n from product_search',
    );
    expect(await total()).toBe(rows[0]!.n);
  });
});
