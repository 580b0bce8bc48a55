import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTaskPromise,
  type Settings,
  type Synonyms,
} from 'meilisearch';
import { MAX_SEARCH_HITS, searchFacets, type SearchFacet } from '@ketnoi/shared';
import { synonymGroups } from '@ketnoi/shared/reference';
import { AppError } from '../../lib/errors.ts';
import {
  toSearchHit,
  type ProductSearchDocument,
  type ResolvedSearchQuery,
  type SearchEngine,
} from './search-engine.ts';
import { parseQuery, tokenize } from './search-text.ts';

/** What the Meilisearch index holds: the document plus its publication time as a sortable number. */
export type MeiliProductDocument = ProductSearchDocument & { publishedAtTs: number | null };

export function toMeiliDocument(doc: ProductSearchDocument): MeiliProductDocument {
  const ts = doc.publishedAt === null ? Number.NaN : Date.parse(doc.publishedAt);
  return { ...doc, publishedAtTs: Number.isFinite(ts) ? ts : null };
}

/** Facet name in the API → attribute name in the index. */
const facetAttributes: Record<SearchFacet, string> = {
  group: 'ocopGroup',
  category: 'category',
  province: 'province',
  region: 'region',
  stars: 'ocopStars',
  certifications: 'certifications',
  storage: 'storage',
  exportedTo: 'exportedTo',
};

const sorts: Record<string, string[]> = {
  stars: ['ocopStars:desc', 'publishedAtTs:desc'],
  newest: ['publishedAtTs:desc'],
  price_asc: ['priceMinVnd:asc', 'publishedAtTs:desc'],
  price_desc: ['priceMaxVnd:desc', 'publishedAtTs:desc'],
};

/** A filter string literal: always double-quoted, with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function filterNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Not a finite number in a search filter: ${value}`);
  }
  return String(value);
}

/**
 * The Meilisearch filter of a query, one expression per condition (Meilisearch ANDs the array).
 * Every string value is quoted and escaped, so nothing a user sends can change the expression.
 */
export function buildMeiliFilter(query: ResolvedSearchQuery): string[] {
  const filter: string[] = [];
  const eq = (attribute: string, value: string | undefined) => {
    if (value !== undefined && value !== '') {
      filter.push(`${attribute} = ${quoteFilterValue(value)}`);
    }
  };
  eq('ocopGroup', query.group);
  eq('category', query.category);
  eq('province', query.province);
  eq('region', query.region);
  if (query.minStars !== undefined) {
    filter.push(`ocopStars >= ${filterNumber(query.minStars)}`);
  }
  // All of them: one condition per certification.
  for (const code of new Set(query.certifications ?? [])) {
    eq('certifications', code);
  }
  eq('storage', query.storage);
  eq('exportedTo', query.exportedTo);
  // A product's price range overlaps the wanted one (a missing maximum means a single price).
  if (query.priceMinVnd !== undefined) {
    const min = filterNumber(query.priceMinVnd);
    filter.push(`(priceMaxVnd >= ${min} OR (priceMaxVnd IS NULL AND priceMinVnd >= ${min}))`);
  }
  if (query.priceMaxVnd !== undefined) {
    filter.push(`priceMinVnd <= ${filterNumber(query.priceMaxVnd)}`);
  }
  if (query.moqMax !== undefined) {
    filter.push(`moq <= ${filterNumber(query.moqMax)}`);
  }
  return filter;
}

/** Synonyms as Meilisearch wants them: every word or phrase of a group → the others. */
export function meiliSynonyms(): Synonyms {
  const synonyms: Record<string, string[]> = {};
  for (const group of synonymGroups) {
    for (const phrase of group) {
      const others = group.filter((p) => p !== phrase);
      synonyms[phrase] = [...new Set([...(synonyms[phrase] ?? []), ...others])];
    }
  }
  return synonyms;
}

export const meiliSettings: Settings = {
  // Names first, then where it comes from and who makes it, then the long texts.
  searchableAttributes: [
    'nameVi',
    'nameEn',
    'categoryNames',
    'ocopGroupNames',
    'provinceNames',
    'producerName',
    'descriptionVi',
    'descriptionEn',
    'certifications',
  ],
  filterableAttributes: [
    'ocopGroup',
    'category',
    'province',
    'region',
    'ocopStars',
    'certifications',
    'storage',
    'exportedTo',
    'priceMinVnd',
    'priceMaxVnd',
    'moq',
  ],
  sortableAttributes: ['ocopStars', 'publishedAtTs', 'priceMinVnd', 'priceMaxVnd'],
  faceting: { maxValuesPerFacet: 100 },
  synonyms: meiliSynonyms(),
  // Same rule as the PostgreSQL engine: one typo in words of 5+ letters, never two.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 100 } },
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'ocopStars:desc'],
  pagination: { maxTotalHits: MAX_SEARCH_HITS },
};

/**
 * The query text Meilisearch sees: the same unaccented words the PostgreSQL engine uses, so quotes
 * (phrase search), `-` (negation) and other syntax typed by a user have no effect. A trailing
 * space is kept: without it, Meilisearch matches the last word as a prefix (still typing).
 */
export function toMeiliQuery(q: string | undefined): string {
  const words = tokenize(q ?? '').slice(0, 12);
  if (words.length === 0) {
    return '';
  }
  return words.join(' ') + (/\s$/.test(q ?? '') ? ' ' : '');
}

/**
 * Whether a failed Meilisearch call means "not available right now" (a 503 the client may retry):
 * no connection, no answer in time, a 5xx, an answer that is not Meilisearch's JSON (a proxy's
 * error page), or an index not created yet. A 4xx about the request itself (a bad filter, a wrong
 * key) is our fault and stays a 500.
 */
export function isMeiliUnavailable(err: unknown): boolean {
  if (err instanceof MeilisearchApiError) {
    return err.response.status >= 500 || err.cause?.code === 'index_not_found';
  }
  return true;
}

/**
 * What a search answers while Meilisearch is unavailable (docs/reliability.md, F6); the error
 * that caused it rides along as `cause`, so the API's log line says what went wrong.
 */
export function searchUnavailable(cause: unknown): AppError {
  const error = new AppError(
    'SERVICE_UNAVAILABLE',
    'Search is not available right now; try again shortly',
    { headers: { 'retry-after': '5' } },
  );
  error.cause = cause;
  return error;
}

export type MeilisearchEngineOptions = {
  url: string;
  apiKey?: string | undefined;
  indexName?: string;
  /** How long to wait for one indexing task, in milliseconds. */
  taskTimeoutMs?: number;
  /**
   * How long one HTTP request may take, in milliseconds. Without a bound, a Meilisearch that
   * accepts connections but never answers would hold a search (and a sync job's locks) for
   * minutes; with it, a search answers 503 and a sync job fails and is retried.
   */
  requestTimeoutMs?: number;
};

export function createMeilisearchSearchEngine({
  url,
  apiKey,
  indexName = 'products',
  taskTimeoutMs = 120_000,
  requestTimeoutMs = 5_000,
}: MeilisearchEngineOptions): SearchEngine {
  const client = new Meilisearch({
    host: url,
    timeout: requestTimeoutMs,
    ...(apiKey ? { apiKey } : {}),
  });
  const index = client.index<MeiliProductDocument>(indexName);

  /** Waits for a task and throws when Meilisearch could not apply it. */
  async function applied(what: string, task: EnqueuedTaskPromise): Promise<void> {
    const done = await task.waitTask({ timeout: taskTimeoutMs, interval: 50 });
    if (done.status !== 'succeeded') {
      const reason = done.error ? `${done.error.code}: ${done.error.message}` : done.status;
      throw new Error(`Meilisearch ${what} on index "${indexName}" ${done.status} (${reason})`);
    }
  }

  return {
    name: 'meilisearch',

    async applySettings() {
      // Updating settings creates the index when it does not exist yet.
      await applied('settings update', index.updateSettings(meiliSettings));
    },

    async index(documents) {
      if (documents.length > 0) {
        await applied(
          'document addition',
          index.addDocuments(documents.map(toMeiliDocument), { primaryKey: 'id' }),
        );
      }
    },

    async delete(ids) {
      if (ids.length > 0) {
        await applied('document deletion', index.deleteDocuments(ids));
      }
    },

    async clear() {
      await applied('clear', index.deleteAllDocuments());
    },

    async search(query) {
      const q = toMeiliQuery(query.q);
      const terms = parseQuery(query.q ?? '');
      const sort = query.sort === 'relevance' ? (q ? undefined : sorts.newest) : sorts[query.sort];
      const response = await index
        .search(q, {
          filter: buildMeiliFilter(query),
          // Every word must match, as in the PostgreSQL engine (the default drops words from the end).
          matchingStrategy: 'all',
          ...(sort ? { sort } : {}),
          facets: searchFacets.map((f) => facetAttributes[f]),
          page: query.page,
          hitsPerPage: query.limit,
        })
        .catch((err: unknown) => {
          // No fallback to PostgreSQL: its index is kept only when it is the configured engine.
          throw isMeiliUnavailable(err) ? searchUnavailable(err) : err;
        });
      const distribution = response.facetDistribution ?? {};
      const facets = Object.fromEntries(
        searchFacets.map((f) => [f, { ...(distribution[facetAttributes[f]] ?? {}) }]),
      ) as Record<SearchFacet, Record<string, number>>;
      const total = response.totalHits;
      return {
        hits: response.hits.map((d) => toSearchHit(d, terms)),
        total: Math.min(total, MAX_SEARCH_HITS),
        // Meilisearch stops counting at maxTotalHits, so reaching it is all we can tell.
        totalCapped: total >= MAX_SEARCH_HITS,
        // Meilisearch counts facet values over every match.
        facetsApproximate: false,
        facets,
        page: query.page,
        limit: query.limit,
      };
    },
  };
}
