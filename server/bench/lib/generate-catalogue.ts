/**
 * Fills a migrated, reference-seeded database with a synthetic catalogue (lib/synthetic-catalogue.ts):
 * ≈ N/50 producers in every province, then N products written as multi-row
 * `INSERT … SELECT … FROM unnest($1::uuid[], …)`, `batch` rows per statement on `writers`
 * connections at once while the next batch is being built; `public_facts` is built by PostgreSQL.
 *
 * The same statements as bench/data.bench.ts (which checks `public_facts` against
 * `productFacts(row)` on a sample); this is the reusable form for benches that need a catalogue
 * to measure something else.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  buildProducers,
  buildProducts,
  buildVocabulary,
  random,
  type ProductColumns,
} from './synthetic-catalogue.ts';

export const PRODUCTS_PER_PRODUCER = 50;

export const insertProducersSql = `
insert into organizations (id, kind, legal_name, tax_code, province_code, address, country, legal_form, description_vi,
  contact_phone, retail_readiness, verification_status, verified_at)
select u.id, 'producer', u.legal_name, u.tax_code, u.province, u.address, 'VN', u.legal_form::legal_form, u.description,
  u.phone, u.readiness::jsonb, u.status::verification_status, case when u.status = 'verified' then now() end
from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
  as u(id, legal_name, tax_code, province, address, legal_form, description, phone, readiness, status)`;

export const insertProductsSql = `
insert into products (id, producer_org_id, status, name_vi, name_en, description_vi, description_en, ocop_group, category,
  ocop_stars, province_code, origin_legacy_province, months_available, hs_code, unit, moq, monthly_capacity, lead_time_days,
  price_min, price_max, currency, shelf_life_days, storage, packaging, exported_to, public_facts, review_note, submitted_at,
  published_at, reviewed_at, created_at, updated_at)
select u.id, u.producer, u.status::product_status, u.name_vi, u.name_en, u.description_vi, u.description_en, u.grp, u.category,
  u.stars, u.province, u.legacy, u.months::smallint[], u.hs, u.unit, u.moq, u.capacity, u.lead,
  u.price_min, u.price_max, 'VND', u.shelf, u.storage::storage_mode, u.packaging, u.exported::char(2)[],
  case when u.status = 'published' then jsonb_build_object(
    'nameVi', u.name_vi, 'nameEn', u.name_en, 'descriptionVi', u.description_vi, 'descriptionEn', u.description_en,
    'ocopGroup', u.grp, 'category', u.category, 'ocopStars', u.stars, 'province', u.province, 'region', u.region,
    'originLegacyProvince', u.legacy, 'monthsAvailable', to_jsonb(u.months::smallint[]), 'hsCode', u.hs, 'unit', u.unit,
    'moq', u.moq, 'monthlyCapacity', u.capacity, 'leadTimeDays', u.lead, 'priceMin', u.price_min, 'priceMax', u.price_max,
    'currency', 'VND', 'shelfLifeDays', u.shelf, 'storage', u.storage, 'packaging', u.packaging,
    'exportedTo', to_jsonb(u.exported::text[])) end,
  u.review_note,
  case when u.status <> 'draft' then t.submitted end,
  case when u.status = 'published' then t.published end,
  case when u.status in ('published', 'rejected') then t.published end,
  t.created,
  case when u.status in ('published', 'rejected') then t.published when u.status = 'pending_review' then t.submitted else t.created end
from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
  $10::int2[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::float8[], $18::float8[],
  $19::int4[], $20::int8[], $21::int8[], $22::int4[], $23::text[], $24::text[], $25::text[], $26::text[], $27::int8[], $28::int8[])
  as u(id, producer, status, name_vi, name_en, description_vi, description_en, grp, category, stars, province, region, legacy,
    months, hs, unit, moq, capacity, lead, price_min, price_max, shelf, storage, packaging, exported, review_note, created, delay)
cross join lateral (
  select to_timestamp(u.created) as created,
    least(to_timestamp(u.created + u.delay / 2), now()) as submitted,
    least(to_timestamp(u.created + u.delay), now()) as published
) t`;

export const productParams = (c: ProductColumns) => [
  c.id,
  c.producer,
  c.status,
  c.nameVi,
  c.nameEn,
  c.descriptionVi,
  c.descriptionEn,
  c.group,
  c.category,
  c.stars,
  c.province,
  c.region,
  c.legacy,
  c.months,
  c.hs,
  c.unit,
  c.moq,
  c.capacity,
  c.lead,
  c.priceMin,
  c.priceMax,
  c.shelf,
  c.storage,
  c.packaging,
  c.exportedTo,
  c.reviewNote,
  c.createdAt,
  c.publishDelay,
];

export type GenerateOptions = {
  products: number;
  /** Rows per INSERT statement. */
  batch?: number;
  /** Connections writing at once. */
  writers?: number;
  seed?: number;
  /** Progress lines (every ~5 s and at the end). */
  log?: (message: string) => void;
};

export type GenerateResult = {
  products: number;
  producers: number;
  /** Producers and products inserted, `analyze` not included. */
  seconds: number;
  rowsPerSecond: number;
  analyzeSeconds: number;
};

/** Inserts the producers and products, then `analyze`s both tables. */
export async function generateCatalogue(
  url: string,
  options: GenerateOptions,
): Promise<GenerateResult> {
  const total = options.products;
  const batchSize = options.batch ?? 10_000;
  const writers = Math.max(1, options.writers ?? 2);
  const log = options.log ?? (() => undefined);
  if (total < 1 || batchSize < 1) {
    throw new Error('products and batch must be at least 1');
  }
  const producerCount = Math.max(1, Math.ceil(total / PRODUCTS_PER_PRODUCER));
  const vocabulary = buildVocabulary();

  const clients: pg.Client[] = [];
  try {
    for (let i = 0; i < writers; i += 1) {
      const client = new pg.Client({ connectionString: url, application_name: 'ketnoi-bench-gen' });
      clients.push(client);
      await client.connect();
      // Bench data: losing the last commits in a crash is fine, waiting for each flush is not.
      await client.query('set synchronous_commit = off');
    }
    const first = clients[0]!;
    const rand = random(options.seed ?? 1);
    const started = performance.now();

    const { rows: maxRows } = await first.query<{ max: string | null }>(
      `select max(tax_code) as max from organizations where tax_code ~ '^08[0-9]{8}$'`,
    );
    const firstSerial = maxRows[0]?.max ? Number(maxRows[0].max.slice(2, 9)) + 1 : 0;
    const producers = buildProducers(producerCount, firstSerial, rand);
    for (let i = 0; i < producerCount; i += batchSize) {
      const slice = <T>(a: T[]) => a.slice(i, i + batchSize);
      await first.query(insertProducersSql, [
        slice(producers.id),
        slice(producers.legalName),
        slice(producers.taxCode),
        slice(producers.province),
        slice(producers.address),
        slice(producers.legalForm),
        slice(producers.description),
        slice(producers.contactPhone),
        slice(producers.readiness),
        slice(producers.status),
      ]);
    }

    // Build batch k+1 while PostgreSQL writes batch k (and k−1 on the other connection).
    const inFlight: (Promise<unknown> | undefined)[] = new Array(writers).fill(undefined);
    const nowSeconds = Math.floor(Date.now() / 1000);
    let done = 0;
    let lastLog = performance.now();
    for (let from = 0, batch = 0; from < total; from += batchSize, batch += 1) {
      const count = Math.min(batchSize, total - from);
      const columns = buildProducts(from, count, total, producers, vocabulary, rand, nowSeconds);
      const w = batch % writers;
      await inFlight[w];
      const write = clients[w]!.query(insertProductsSql, productParams(columns)).then(() => {
        done += count;
        const now = performance.now();
        if (now - lastLog > 5000 || done === total) {
          lastLog = now;
          const seconds = (now - started) / 1000;
          log(
            `${done.toLocaleString('en')} / ${total.toLocaleString('en')} products, ${seconds.toFixed(1)} s, ${Math.round(done / seconds).toLocaleString('en')} rows/s`,
          );
        }
      });
      // Awaited below; a failure must not also surface as an unhandled rejection first.
      write.catch(() => undefined);
      inFlight[w] = write;
    }
    await Promise.all(inFlight.filter((write) => write !== undefined));
    const seconds = (performance.now() - started) / 1000;

    const analyzeStarted = performance.now();
    await first.query('analyze organizations, products');
    const analyzeSeconds = (performance.now() - analyzeStarted) / 1000;

    return {
      products: total,
      producers: producerCount,
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(total / seconds),
      analyzeSeconds: Math.round(analyzeSeconds * 100) / 100,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}
