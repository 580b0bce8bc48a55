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
 * Beyond EXAMINED_MATCHES matches the PostgreSQL engine counts facets over the matches it
 * examined and says so; the total stops at MAX_SEARCH_HITS as before, and hits in any order but
 * relevance stay exact. Up to EXAMINED_MATCHES everything is exact.
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
  const newestFirst = [...docs].sort(
    (a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!),
  );
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

  it('says the facet counts are approximate, caps the total and keeps the newest hits exact', async () => {
    const result = await search({ sort: 'newest', limit: 5 });
    expect(result.facetsApproximate).toBe(true);
    expect(result.total).toBe(MAX_SEARCH_HITS);
    expect(result.totalCapped).toBe(true);
    expect(result.hits.map((h) => h.id)).toEqual(newestFirst.slice(0, 5).map((d) => d.id));
    // Counted over the examined matches only: never more than that in one facet.
    const counted = Object.values(result.facets.province).reduce((a, b) => a + b, 0);
    expect(counted).toBeLessThanOrEqual(EXAMINED_MATCHES + 1);
  });

  it('pages deep in the requested order over all matches', async () => {
    const page = MAX_SEARCH_HITS / 20;
    const result = await search({ sort: 'newest', page, limit: 20 });
    expect(result.hits.map((h) => h.id)).toEqual(
      newestFirst.slice((page - 1) * 20, page * 20).map((d) => d.id),
    );
  });

  it('ranks a text query among the examined matches and says so', async () => {
    const result = await search({ q: 'nuoc mam' });
    expect(result.facetsApproximate).toBe(true);
    expect(result.hits).toHaveLength(20);
    expect(result.totalCapped).toBe(true);
  });

  it('is exact when the matches are exactly as many as it examines', async () => {
    const result = await search({ province: 'an-giang', limit: 3 });
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
