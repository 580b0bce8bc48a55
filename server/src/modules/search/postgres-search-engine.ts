import { sql, type SQL } from 'drizzle-orm';
import { MAX_SEARCH_HITS, searchFacets, type SearchFacet } from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import {
  toSearchHit,
  type ProductSearchDocument,
  type ResolvedSearchQuery,
  type SearchEngine,
} from './search-engine.ts';
import { isFuzzyCandidate, parseQuery, toTsQuery, tokenize, withinOneEdit } from './search-text.ts';

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
const arrayFacets = new Set<SearchFacet>(['certifications', 'exportedTo']);

const sortOrders: Record<string, SQL> = {
  stars: sql`stars desc nulls last, published_at desc`,
  newest: sql`published_at desc nulls last`,
  price_asc: sql`price_min_vnd asc nulls last, published_at desc`,
  price_desc: sql`price_max_vnd desc nulls last, published_at desc`,
};

/**
 * A JS array as ONE bound parameter in PostgreSQL's array literal form (drizzle's `sql` would
 * otherwise spread it into a list of parameters). Elements are quoted and escaped.
 */
const textArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

function textsOf(d: ProductSearchDocument) {
  return {
    textA: [d.nameVi, d.nameEn].filter(Boolean).join(' '),
    textB: [...d.ocopGroupNames, ...d.categoryNames, ...d.provinceNames, d.producerName].join(' '),
    textC: [d.descriptionVi, d.descriptionEn, d.certifications.join(' ')].filter(Boolean).join(' '),
  };
}

/**
 * The default engine: PostgreSQL full-text search over its own index table (product_search),
 * with synonyms expanded and typos corrected against a vocabulary before the tsquery is built,
 * so trigram similarity runs over distinct words, never over product rows.
 */
export function createPostgresSearchEngine(db: Db): SearchEngine {
  /** For each typed word unknown to the index, the known words one edit away. */
  async function corrections(words: string[]): Promise<Map<string, string[]>> {
    const candidates = [...new Set(words.filter(isFuzzyCandidate))];
    if (candidates.length === 0) {
      return new Map();
    }
    const { rows } = await db.execute<{ typed: string; near: string[] | null }>(sql`
      select q.w as typed,
             (select array_agg(v.word) from (
                select word from search_vocabulary order by word <-> q.w limit 8) v) as near
        from unnest(${textArray(candidates)}::text[]) as q(w)
       where not exists (select 1 from search_vocabulary s where s.word = q.w)`);
    return new Map(
      rows.map((r) => [r.typed, (r.near ?? []).filter((w) => withinOneEdit(r.typed, w))]),
    );
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

  return {
    name: 'postgres',

    async applySettings() {
      // Everything lives in migrations; nothing to apply at run time.
    },

    async index(documents) {
      if (documents.length === 0) {
        return;
      }
      const rows = documents.map((d) => ({ id: d.id, document: d, ...textsOf(d) }));
      await db.transaction(async (tx) => {
        await tx.execute(sql`
          insert into product_search (product_id, document, text_a, text_b, text_c, ocop_group, category,
            province_code, region, stars, certifications, storage, exported_to, moq, price_min_vnd,
            price_max_vnd, published_at, indexed_at)
          select (r->>'id')::uuid, r->'document', r->>'textA', r->>'textB', r->>'textC',
                 r->'document'->>'ocopGroup', r->'document'->>'category', r->'document'->>'province',
                 r->'document'->>'region', (r->'document'->>'ocopStars')::smallint,
                 array(select jsonb_array_elements_text(r->'document'->'certifications')),
                 r->'document'->>'storage',
                 array(select jsonb_array_elements_text(r->'document'->'exportedTo')),
                 (r->'document'->>'moq')::double precision,
                 (r->'document'->>'priceMinVnd')::bigint, (r->'document'->>'priceMaxVnd')::bigint,
                 (r->'document'->>'publishedAt')::timestamptz, now()
            from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) r
          on conflict (product_id) do update set
            document = excluded.document, text_a = excluded.text_a, text_b = excluded.text_b,
            text_c = excluded.text_c, ocop_group = excluded.ocop_group, category = excluded.category,
            province_code = excluded.province_code, region = excluded.region, stars = excluded.stars,
            certifications = excluded.certifications, storage = excluded.storage,
            exported_to = excluded.exported_to, moq = excluded.moq, price_min_vnd = excluded.price_min_vnd,
            price_max_vnd = excluded.price_max_vnd, published_at = excluded.published_at, indexed_at = now()`);
        const words = [
          ...new Set(rows.flatMap((r) => tokenize(`${r.textA} ${r.textB} ${r.textC}`))),
        ];
        await tx.execute(sql`
          insert into search_vocabulary (word) select unnest(${textArray(words)}::text[]) on conflict do nothing`);
      });
    },

    async delete(ids) {
      if (ids.length > 0) {
        await db.execute(
          sql`delete from product_search where product_id = any(${textArray(ids)}::uuid[])`,
        );
      }
    },

    async clear() {
      await db.execute(sql`truncate product_search`);
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
      const where = filters(query, tsQuery);
      const order =
        query.sort === 'relevance'
          ? tsQuery
            ? sql`ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', tsv, to_tsquery('simple', ${tsQuery})) desc, published_at desc`
            : sql`published_at desc nulls last`
          : sortOrders[query.sort]!;
      const offset = (query.page - 1) * query.limit;
      const limit = Math.max(0, Math.min(query.limit, MAX_SEARCH_HITS - offset));

      // Facet counts in one round trip over the matching rows; the group facet also gives the total.
      const facetSql = sql.join(
        searchFacets.map((facet) => {
          const column = sql.raw(facetColumns[facet]);
          const value = arrayFacets.has(facet) ? sql`unnest(${column})` : sql`${column}::text`;
          return sql`select ${facet}::text as facet, v::text as value, count(*)::int as n
                       from (select ${value} as v from matched) f where v is not null group by v`;
        }),
        sql` union all `,
      );
      const [hits, facets] = await Promise.all([
        limit === 0
          ? Promise.resolve({ rows: [] as { document: ProductSearchDocument }[] })
          : db.execute<{ document: ProductSearchDocument }>(
              sql`select document from product_search where ${where} order by ${order}, product_id limit ${limit} offset ${offset}`,
            ),
        db.execute<{ facet: SearchFacet; value: string; n: number }>(sql`
          with matched as materialized (
            select ocop_group, category, province_code, region, stars, certifications, storage, exported_to
              from product_search where ${where})
          ${facetSql}`),
      ]);
      const facetCounts = Object.fromEntries(searchFacets.map((f) => [f, {}])) as Record<
        SearchFacet,
        Record<string, number>
      >;
      for (const row of facets.rows) {
        facetCounts[row.facet][row.value] = row.n;
      }
      const total = Object.values(facetCounts.group).reduce((a, b) => a + b, 0);
      return {
        hits: hits.rows.map(({ document: d }) => toSearchHit(d, terms)),
        total: Math.min(total, MAX_SEARCH_HITS),
        totalCapped: total > MAX_SEARCH_HITS,
        facets: facetCounts,
        page: query.page,
        limit: query.limit,
      };
    },
  };
}
