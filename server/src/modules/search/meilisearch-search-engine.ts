import { Meilisearch, type EnqueuedTaskPromise, type Settings, type Synonyms } from 'meilisearch';
import { MAX_SEARCH_HITS, searchFacets, type SearchFacet } from '@ketnoi/shared';
import { synonymGroups } from '@ketnoi/shared/reference';
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

export type MeilisearchEngineOptions = {
  url: string;
  apiKey?: string | undefined;
  indexName?: string;
  /** How long to wait for one indexing task, in milliseconds. */
  taskTimeoutMs?: number;
};

export function createMeilisearchSearchEngine({
  url,
  apiKey,
  indexName = 'products',
  taskTimeoutMs = 120_000,
}: MeilisearchEngineOptions): SearchEngine {
  const client = new Meilisearch({ host: url, ...(apiKey ? { apiKey } : {}) });
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
      const response = await index.search(q, {
        filter: buildMeiliFilter(query),
        // Every word must match, as in the PostgreSQL engine (the default drops words from the end).
        matchingStrategy: 'all',
        ...(sort ? { sort } : {}),
        facets: searchFacets.map((f) => facetAttributes[f]),
        page: query.page,
        hitsPerPage: query.limit,
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
