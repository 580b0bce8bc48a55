import type { ResolvedSearchQuery, SearchEngine } from '../search/search-engine.ts';
import type { ScoringDemand } from './matching.scoring.ts';
import { demandSearchText } from './matching.text.ts';

/** The search engine pages by at most this many hits. */
const PAGE_SIZE = 100;

/**
 * Hit ids by query, kept for one run of many demands (the nightly re-score): demands of one
 * category mostly name the same product ("mật ong", "gạo ST25"), so the engine answers each
 * distinct question once per run. A snapshot, like the index between two syncs.
 */
export type SearchCache = Map<string, string[]> & { asked?: number; answered?: number };
/** 100 ids an entry at most: a few MB. The cache starts over beyond this many. */
const SEARCH_CACHE_MAX = 20_000;

/**
 * The demand's hard filters, as the search engine takes them: what the distributor named as a
 * must (category or group, minimum stars, certifications — valid ones, as the index holds
 * them). Price, region, export experience and terms are scored, not filtered: a producer a
 * little above the target price or new to a market is still worth a coordinator's look.
 */
export function hardFilters(demand: ScoringDemand): Partial<ResolvedSearchQuery> {
  return {
    ...(demand.category
      ? { category: demand.category as ResolvedSearchQuery['category'] }
      : demand.ocopGroup
        ? { group: demand.ocopGroup as ResolvedSearchQuery['group'] }
        : {}),
    ...(demand.minOcopStars ? { minStars: demand.minOcopStars } : {}),
    ...(demand.requiredCertifications.length > 0
      ? { certifications: demand.requiredCertifications.slice(0, 10) }
      : {}),
  };
}

/**
 * The full title first, then its first two words: the engine ANDs words and buyers write long
 * titles. A single word is no narrower than the category, which the last step covers anyway.
 */
function textLadder(title: string): string[] {
  const words = demandSearchText(title).split(' ').filter(Boolean);
  return [...new Set([words.join(' '), words.slice(0, 2).join(' ')].filter(Boolean))];
}

/**
 * Up to `k` candidate product ids for a demand, through the SearchEngine interface only: by
 * relevance to the title's words under the hard filters, relaxed to its first two words while
 * fewer than `k` come back. Only when the words find fewer than `fillBelow` (the title names
 * nothing the catalogue calls that way) are the hard filters alone asked, best rated first, and
 * only when they name a category or group: that query costs the most and adds the least.
 * Order is kept; ids are unique.
 */
export async function retrieveCandidates(
  engine: SearchEngine,
  demand: ScoringDemand,
  k: number,
  fillBelow: number,
  cache?: SearchCache,
): Promise<string[]> {
  const filters = hardFilters(demand);
  const found = new Set<string>();
  const ask = async (query: ResolvedSearchQuery) => {
    const key = JSON.stringify(query);
    let ids = cache?.get(key);
    if (cache) {
      cache.asked = (cache.asked ?? 0) + 1;
      cache.answered = (cache.answered ?? 0) + (ids ? 1 : 0);
    }
    if (!ids) {
      ids = (await engine.search(query)).hits.map((hit) => hit.id);
      if (cache && cache.size >= SEARCH_CACHE_MAX) {
        cache.clear();
      }
      cache?.set(key, ids);
    }
    return ids;
  };
  const collect = async (query: Partial<ResolvedSearchQuery>) => {
    for (let page = 1; found.size < k && page * PAGE_SIZE <= 1000; page += 1) {
      const ids = await ask({
        ...filters,
        ...query,
        sort: query.q ? 'relevance' : 'stars',
        page,
        limit: PAGE_SIZE,
      });
      ids.forEach((id) => found.size < k && found.add(id));
      if (ids.length < PAGE_SIZE) {
        break;
      }
    }
  };
  for (const q of textLadder(demand.title)) {
    if (found.size >= k) {
      break;
    }
    await collect({ q });
  }
  if (found.size < Math.min(k, fillBelow) && (filters.category || filters.group)) {
    await collect({});
  }
  return [...found];
}
