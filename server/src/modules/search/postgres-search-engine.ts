import { sql, type SQL } from 'drizzle-orm';
import { MAX_SEARCH_HITS, searchFacets, type SearchFacet } from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import {
  toSearchHit,
  type ProductSearchDocument,
  type ResolvedSearchQuery,
  type SearchEngine,
} from './search-engine.ts';
import {
  isFuzzyCandidate,
  parseQuery,
  phraseWordsIn,
  toTsQuery,
  tokenize,
  withinOneEdit,
} from './search-text.ts';

const facetColumns: Record<SearchFacet, string> = {
  group: 'ocop_group',
  category: 'category',
  province: 'province_code',
  region: 'region',
  stars: 'stars',
  certifications: 'certifications',
  storage: 'storage',
  exportedTo: 'exported_to',
};

const sortOrders: Record<string, SQL> = {
  stars: sql`stars desc nulls last, published_at desc nulls last`,
  newest: sql`published_at desc nulls last`,
  price_asc: sql`price_min_vnd asc nulls last, published_at desc`,
  price_desc: sql`price_max_vnd desc nulls last, published_at desc`,
};

/**
 * A search with words, or with a price or MOQ filter, examines at most this many matches (plus one,
 * to know there were more; filters alone are counted exactly by combination): the total and
 * the facet counts come from them, in one statement with the hits. Up to this many, every answer
 * is exact. Beyond it — a filter or a word that matches a large part of a large catalogue — the
 * facet counts cover only the matches examined and the result says so (`facetsApproximate`); the
 * total stops at MAX_SEARCH_HITS as always; hits in any order but relevance stay exact (the page
 * is then read in that order over all matches); ranked by relevance, the hits are the best of the
 * matches examined. DESIGN.md (Discovery): at 10^6 products, counting every match of a broad query
 * costs more than the answer is worth.
 */
export const EXAMINED_MATCHES = 2_000;

/** How long the known words one edit away from a typed word are reused (see `corrections`). */
const CORRECTIONS_TTL_MS = 60_000;

/**
 * A JS array as ONE bound parameter in PostgreSQL's array literal form (drizzle's `sql` would
 * otherwise spread it into a list of parameters). Elements are quoted and escaped.
 */
const textArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** A text with the phrase words of the synonym phrases it contains appended. */
const withPhraseWords = (text: string) => [text, ...phraseWordsIn(tokenize(text))].join(' ');

function textsOf(d: ProductSearchDocument) {
  return {
    textA: withPhraseWords([d.nameVi, d.nameEn].filter(Boolean).join(' ')),
    textB: withPhraseWords(
      [...d.ocopGroupNames, ...d.categoryNames, ...d.provinceNames, d.producerName].join(' '),
    ),
    textC: withPhraseWords(
      [d.descriptionVi, d.descriptionEn, d.certifications.join(' ')].filter(Boolean).join(' '),
    ),
  };
}

/**
 * The stored vector of a row of `texts`: unaccented (IMMUTABLE wrapper), lower-cased, weighted
 * name (A) > category, group, province and producer (B) > description and certifications (C).
 */
const tsvectorOf = (texts: SQL) => sql`
  setweight(to_tsvector('simple', immutable_unaccent(lower(${texts}."textA"))), 'A') ||
  setweight(to_tsvector('simple', immutable_unaccent(lower(${texts}."textB"))), 'B') ||
  setweight(to_tsvector('simple', immutable_unaccent(lower(${texts}."textC"))), 'C')`;

/**
 * Filters on facet values only, no words, in an order every combination's index gives (newest;
 * stars, constant within a combination, then newest): answered from product_search_combinations.
 */
const byCombination = (query: ResolvedSearchQuery, tsQuery: string | null) =>
  tsQuery === null &&
  query.priceMinVnd === undefined &&
  query.priceMaxVnd === undefined &&
  query.moqMax === undefined &&
  (query.sort === 'relevance' || query.sort === 'newest' || query.sort === 'stars');

/**
 * The hits of the page (`page`: product_id, ord) with their documents, then the facet
 * combinations of the matches (`combos`: the eight facet columns and n), from which the total
 * and every facet count are summed in JS — a few dozen to a few hundred rows, cheaper than eight
 * more aggregates for the database to plan and run.
 */
const resultRows = (ctes: SQL): SQL => sql`
  with ${ctes}
  select 0 as kind, page.ord, d.document, null::text as ocop_group, null::text as category,
         null::text as province_code, null::text as region, null::smallint as stars,
         null::text[] as certifications, null::text as storage, null::text[] as exported_to, 0 as n
    from page join product_search_documents d using (product_id)
  union all
  select 1, 0, null, ocop_group, category, province_code, region, stars, certifications, storage,
         exported_to, n
    from combos`;

/**
 * Filters without words (EXPLAIN in bench/search.bench.ts --explain). The matching combinations
 * give the total and the facets, exact, in a few hundred rows whatever the number of matches.
 * The page is the best of each combination's first `offset + limit` rows in index order, merged
 * — unless there are so many combinations for so few matches that walking all products newest
 * first (stopping at the page's end, about (offset + limit) × all / matches rows) reads less.
 */
function combinationStatement(where: SQL, order: SQL, limit: number, offset: number): SQL {
  const perCombination = sql`(select per_combination from plan)`;
  return resultRows(sql`
    combos as materialized (
      select id, ocop_group, category, province_code, region, stars, certifications, storage,
             exported_to, products as n
        from product_search_combinations where products > 0 and ${where}),
    plan as materialized (
      select count(*) * sum(n) <= (select sum(products) from product_search_combinations)
               as per_combination
        from combos),
    page as (
      select product_id, ord from (
        select product_id, row_number() over (order by ${order}, product_id)::int as ord
          from combos cross join lateral (
                 select product_id, published_at from product_search s
                  where s.combination_id = combos.id
                  order by published_at desc nulls last, product_id
                  limit ${offset + limit}) firsts
         order by ${order}, product_id limit ${limit} offset ${offset}) merged
       where ${perCombination}
      union all
      select product_id, ord from (
        select product_id, row_number() over (order by ${order}, product_id)::int as ord
          from product_search where combination_id = any(array(select id from combos))
         order by ${order}, product_id limit ${limit} offset ${offset}) walked
       where not ${perCombination})`);
}

/**
 * Words, or a price or MOQ filter: the matches themselves are visited (EXPLAIN in
 * bench/search.bench.ts --explain).
 *  - matched: the first EXAMINED_MATCHES + 1 matches as the index yields them, narrow columns
 *    only (no document), ranked when the order is relevance — by ts_rank: the cover density of
 *    ts_rank_cd cost as much again as the match itself, and a phrase is matched whole already
 *    (its phrase word). The GIN index intersects the words and the equality filters, so these are
 *    read from the heap once. `row_number() … <= n` rather than `limit n`: with a limit, the
 *    planner bets that a sequential scan finds the first matches soon (it costs `tsv @@` like `=`)
 *    and read 25,000 rows for 2,000 that the index names directly; planned for all rows it takes
 *    the index, and the run condition still stops the scan at n (PostgreSQL ≥ 15).
 *  - combos: the matches counted by facet combination (a few dozen where there are thousands of
 *    matches), each facet then summed from those — instead of eight passes over every match.
 *  - page: when every match was examined, sorted out of `matched` (exact). When there were more,
 *    the page is read again in the requested order over all matches — an index walk newest first
 *    (or the text index and a sort) that stops at the page's end — so the hits stay exact; only
 *    relevance ranks the examined matches alone (ranking all of them would cost as much as the
 *    matches, whatever the page). The branch not needed is never run: its condition is a one-time
 *    filter, evaluated before it.
 *  - only the page's hits are joined to their documents.
 */
function matchStatement(
  where: SQL,
  order: SQL,
  ranked: boolean,
  tsQuery: string | null,
  limit: number,
  offset: number,
): SQL {
  const allExamined = sql`(select n from examined) <= ${EXAMINED_MATCHES}`;
  return resultRows(sql`
    matched as materialized (
      select product_id, published_at, stars, price_min_vnd, price_max_vnd, combination_id
             ${ranked ? sql`, ts_rank('{0.1, 0.2, 0.4, 1.0}', tsv, to_tsquery('simple', ${tsQuery})) as rank` : sql``}
        from (select product_id, published_at, stars, price_min_vnd, price_max_vnd, combination_id,
                     ${ranked ? sql`tsv,` : sql``} row_number() over () as nth
                from product_search where ${where}) m
       where nth <= ${EXAMINED_MATCHES + 1}),
    combos as materialized (
      select c.ocop_group, c.category, c.province_code, c.region, c.stars, c.certifications,
             c.storage, c.exported_to, counted.n
        from (select combination_id, count(*)::int as n from matched group by 1) counted
        join product_search_combinations c on c.id = counted.combination_id),
    examined as materialized (select coalesce(sum(n), 0)::int as n from combos),
    page as (
      select product_id, ord from (
        select product_id, row_number() over (order by ${order}, product_id)::int as ord
          from matched order by ${order}, product_id limit ${limit} offset ${offset}) examined_page
       ${ranked ? sql`` : sql`where ${allExamined}`}
      ${
        ranked
          ? sql``
          : sql`union all
      select product_id, ord from (
        select product_id, row_number() over (order by ${order}, product_id)::int as ord
          from product_search where ${where}
         order by ${order}, product_id limit ${limit} offset ${offset}) full_page
       where not ${allExamined}`
      })`);
}

type ResultRow = {
  /** 0: a hit (`document`, in page order by `ord`); 1: a facet combination, `n` matches. */
  kind: number;
  ord: number;
  document: ProductSearchDocument | null;
  n: number;
} & Record<string, string | number | string[] | null>;

/**
 * The default engine: PostgreSQL full-text search over its own index table (product_search),
 * with synonyms expanded and typos corrected against a vocabulary before the tsquery is built,
 * so trigram similarity runs over distinct words, never over product rows.
 */
export function createPostgresSearchEngine(db: Db): SearchEngine {
  // Words the vocabulary holds (it only grows, so this never goes stale), and for typed words it
  // does not hold, the known words one edit away as found a moment ago: a repeated query costs
  // no round trip before the search itself. A typo's corrections may miss a word indexed in the
  // last CORRECTIONS_TTL_MS; the typed word itself is always searched.
  const knownWords = new Set<string>();
  const nearWords = new Map<string, { near: string[]; until: number }>();

  /** For each typed word unknown to the index, the known words one edit away. */
  async function corrections(words: string[]): Promise<Map<string, string[]>> {
    const now = Date.now();
    const found = new Map<string, string[]>();
    const ask: string[] = [];
    for (const word of new Set(words.filter(isFuzzyCandidate))) {
      const cached = nearWords.get(word);
      if (cached && cached.until > now) {
        found.set(word, cached.near);
      } else if (!knownWords.has(word)) {
        ask.push(word);
      }
    }
    if (ask.length === 0) {
      return found;
    }
    const { rows } = await db.execute<{ typed: string; known: boolean; near: string[] | null }>(sql`
      select q.w as typed,
             exists (select 1 from search_vocabulary s where s.word = q.w) as known,
             case when not exists (select 1 from search_vocabulary s where s.word = q.w) then
               (select array_agg(v.word) from (
                  select word from search_vocabulary order by word <-> q.w limit 8) v) end as near
        from unnest(${textArray(ask)}::text[]) as q(w)`);
    if (knownWords.size > 100_000) knownWords.clear();
    if (nearWords.size > 10_000) nearWords.clear();
    for (const row of rows) {
      if (row.known) {
        knownWords.add(row.typed);
      } else {
        const near = (row.near ?? []).filter((w) => withinOneEdit(row.typed, w));
        nearWords.set(row.typed, { near, until: now + CORRECTIONS_TTL_MS });
        found.set(row.typed, near);
      }
    }
    return found;
  }

  function filters(query: ResolvedSearchQuery, tsQuery: string | null): SQL {
    const conditions: SQL[] = [sql`true`];
    if (tsQuery) {
      conditions.push(sql`tsv @@ to_tsquery('simple', ${tsQuery})`);
    }
    if (query.group) conditions.push(sql`ocop_group = ${query.group}`);
    if (query.category) conditions.push(sql`category = ${query.category}`);
    if (query.province) conditions.push(sql`province_code = ${query.province}`);
    if (query.region) conditions.push(sql`region = ${query.region}`);
    if (query.minStars) conditions.push(sql`stars >= ${query.minStars}`);
    if (query.certifications?.length)
      conditions.push(sql`certifications @> ${textArray(query.certifications)}::text[]`);
    if (query.storage) conditions.push(sql`storage = ${query.storage}`);
    if (query.exportedTo) conditions.push(sql`exported_to @> array[${query.exportedTo}]::text[]`);
    // A product's price range overlaps the wanted one.
    if (query.priceMinVnd !== undefined)
      conditions.push(sql`coalesce(price_max_vnd, price_min_vnd) >= ${query.priceMinVnd}`);
    if (query.priceMaxVnd !== undefined)
      conditions.push(sql`price_min_vnd <= ${query.priceMaxVnd}`);
    if (query.moqMax !== undefined) conditions.push(sql`moq <= ${query.moqMax}`);
    return sql.join(conditions, sql` and `);
  }

  /** The order of a page of hits (then product_id, so pages never overlap). */
  function orderOf(query: ResolvedSearchQuery, ranked: boolean): SQL {
    if (query.sort === 'relevance') {
      return ranked ? sql`rank desc, published_at desc` : sql`published_at desc nulls last`;
    }
    return sortOrders[query.sort]!;
  }

  return {
    name: 'postgres',

    async applySettings() {
      // Everything lives in migrations; nothing to apply at run time.
    },

    async index(documents) {
      if (documents.length === 0) {
        return;
      }
      // In id order, so that two writers of overlapping batches (two search-sync workers) lock
      // the same rows in the same order instead of deadlocking.
      const rows = documents
        .map((d) => ({ id: d.id, document: d, ...textsOf(d) }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const r = sql.raw('r');
      const doc = sql.raw(`r.document`);
      await db.transaction(async (tx) => {
        // Both tables in one statement (the foreign key is checked at its end), the payload sent once.
        await tx.execute(sql`
          with r as (
            select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
              as r(id uuid, document jsonb, "textA" text, "textB" text, "textC" text)),
          indexed as (
            insert into product_search (product_id, tsv, ocop_group, category, province_code, region,
              stars, certifications, storage, exported_to, moq, price_min_vnd, price_max_vnd,
              published_at, indexed_at)
            select ${r}.id, ${tsvectorOf(r)},
                   ${doc}->>'ocopGroup', ${doc}->>'category', ${doc}->>'province', ${doc}->>'region',
                   (${doc}->>'ocopStars')::smallint,
                   array(select jsonb_array_elements_text(${doc}->'certifications')),
                   ${doc}->>'storage',
                   array(select jsonb_array_elements_text(${doc}->'exportedTo')),
                   (${doc}->>'moq')::double precision,
                   (${doc}->>'priceMinVnd')::bigint, (${doc}->>'priceMaxVnd')::bigint,
                   (${doc}->>'publishedAt')::timestamptz, now()
              from r
            on conflict (product_id) do update set
              tsv = excluded.tsv, ocop_group = excluded.ocop_group, category = excluded.category,
              province_code = excluded.province_code, region = excluded.region, stars = excluded.stars,
              certifications = excluded.certifications, storage = excluded.storage,
              exported_to = excluded.exported_to, moq = excluded.moq,
              price_min_vnd = excluded.price_min_vnd, price_max_vnd = excluded.price_max_vnd,
              published_at = excluded.published_at, indexed_at = now())
          insert into product_search_documents (product_id, document)
          select r.id, r.document from r
          on conflict (product_id) do update set document = excluded.document`);
        const words = [
          ...new Set(rows.flatMap((row) => tokenize(`${row.textA} ${row.textB} ${row.textC}`))),
        ];
        await tx.execute(sql`
          insert into search_vocabulary (word) select unnest(${textArray(words)}::text[]) on conflict do nothing`);
      });
    },

    async delete(ids) {
      if (ids.length > 0) {
        // The document goes with it (on delete cascade).
        await db.execute(
          sql`delete from product_search where product_id = any(${textArray(ids)}::uuid[])`,
        );
      }
    },

    async clear() {
      await db.execute(sql`truncate product_search, product_search_documents`);
    },

    async search(query) {
      const terms = parseQuery(query.q ?? '');
      const fixes =
        terms.length > 0
          ? await corrections(terms.flatMap((t) => (t.typed.length === 1 ? t.typed : [])))
          : new Map<string, string[]>();
      // Corrected words count as typed ones, for highlighting too.
      for (const term of terms) {
        const fixed = term.typed.length === 1 ? fixes.get(term.typed[0]!) : undefined;
        fixed?.forEach((word) => term.alternatives.push([word]));
      }
      const tsQuery = terms.length > 0 ? toTsQuery(terms, fixes) : null;
      const ranked = query.sort === 'relevance' && tsQuery !== null;
      const order = orderOf(query, ranked);
      const offset = (query.page - 1) * query.limit;
      const limit = Math.max(0, Math.min(query.limit, MAX_SEARCH_HITS - offset));

      const where = filters(query, tsQuery);
      const exact = byCombination(query, tsQuery);
      const statement = exact
        ? combinationStatement(where, order, limit, offset)
        : matchStatement(where, order, ranked, tsQuery, limit, offset);
      const { rows } = await db.execute<ResultRow>(statement);

      const facetCounts = Object.fromEntries(searchFacets.map((f) => [f, {}])) as Record<
        SearchFacet,
        Record<string, number>
      >;
      const hits: { ord: number; document: ProductSearchDocument }[] = [];
      let examined = 0;
      for (const row of rows) {
        if (row.kind === 0) {
          hits.push({ ord: row.ord, document: row.document! });
          continue;
        }
        examined += row.n;
        for (const facet of searchFacets) {
          const value = row[facetColumns[facet]];
          const counts = facetCounts[facet];
          for (const v of Array.isArray(value) ? value : value === null ? [] : [String(value)]) {
            counts[v] = (counts[v] ?? 0) + row.n;
          }
        }
      }
      hits.sort((a, b) => a.ord - b.ord);
      return {
        hits: hits.map(({ document }) => toSearchHit(document, terms)),
        total: Math.min(examined, MAX_SEARCH_HITS),
        totalCapped: examined > MAX_SEARCH_HITS,
        facetsApproximate: !exact && examined > EXAMINED_MATCHES,
        facets: facetCounts,
        page: query.page,
        limit: query.limit,
      };
    },
  };
}
