/**
 * Open sourcing demands for the matching bench, written straight to a catalogue database
 * (lib/generate-catalogue.ts): ⌈N/50⌉ verified distributors, each with one user and standing
 * requirements, and N open demands drawn from the same curated vocabulary as the products, so
 * every demand names a real category, unit and price level. Some ask for more than a producer
 * makes (the pooling path), some for a month out of season, some for export. Deterministic for a
 * given seed; rows go in as multi-row `INSERT … SELECT … FROM unnest(…)`.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { provinceCodes } from '@ketnoi/shared/reference';
import { makeTaxCode } from '@ketnoi/shared/validation';
import { buildVocabulary, random, type Template } from './synthetic-catalogue.ts';

const DEMANDS_PER_DISTRIBUTOR = 50;
const BATCH = 2000;
const markets = ['JP', 'US', 'KR', 'SG', 'DE', 'AU'];
const channels = [
  'supermarket-chain',
  'convenience-chain',
  'agri-food-chain',
  'importer-wholesaler',
];

const insertDistributorsSql = `
insert into organizations (id, kind, legal_name, tax_code, province_code, country, channel, requirements,
  verification_status, verified_at)
select u.id, 'distributor', u.name, u.tax, u.province, 'VN', u.channel::distributor_channel, u.req::jsonb, 'verified', now()
from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as u(id, name, tax, province, channel, req)`;

const insertUsersSql = `
insert into users (id, email, password_hash, name, role, organization_id)
select u.id, u.email, 'bench-no-login', u.name, 'distributor', u.org
from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) as u(id, email, name, org)`;

const insertDemandsSql = `
insert into demands (id, distributor_org_id, created_by, status, title, description, ocop_group, category,
  quantity_per_order, quantity_per_month, unit, price_max, currency, min_ocop_stars, destination_country,
  preferred_regions, needed_by, opened_at)
select u.id, u.org, u.usr, 'open', u.title, u.title, u.grp, u.cat, u.qty, u.qpm, u.unit, u.price, 'VND', u.stars,
  u.dest, u.regions::text[], u.needed::date, now()
from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[],
  $9::text[], $10::int8[], $11::int2[], $12::text[], $13::text[], $14::text[])
  as u(id, org, usr, title, grp, cat, qty, qpm, unit, price, stars, dest, regions, needed)`;

/** "Mật ong rừng U Minh loại 1, hũ 500 g" → "Mật ong rừng U Minh": what a buyer writes. */
const titleOf = (t: Template) =>
  t.nameVi
    .split(',')[0]!
    .replace(/\b(loại 1|cao cấp|hữu cơ|xuất khẩu|dịp Tết)\b/giu, '')
    .replace(/\s+/g, ' ')
    .trim();

export async function generateDemands(
  url: string,
  options: { demands: number; seed?: number },
): Promise<{ demands: number; distributors: number; seconds: number }> {
  const started = performance.now();
  const rand = random((options.seed ?? 1) + 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const templates = [...buildVocabulary().values()].flat();
  const distributorCount = Math.max(1, Math.ceil(options.demands / DEMANDS_PER_DISTRIBUTOR));
  const client = new pg.Client({ connectionString: url, application_name: 'ketnoi-bench-demands' });
  await client.connect();
  try {
    await client.query('set synchronous_commit = off');
    const orgs = { id: [] as string[], name: [] as string[], tax: [] as string[] };
    const extra = { province: [] as string[], channel: [] as string[], req: [] as string[] };
    const users = { id: [] as string[], email: [] as string[] };
    for (let i = 0, serial = 0; i < distributorCount; i += 1) {
      let tax: string | undefined;
      while (tax === undefined) {
        try {
          tax = makeTaxCode(`09${String(serial).padStart(7, '0')}`);
        } catch {
          // No valid check digit for this prefix: the next serial.
        }
        serial += 1;
      }
      orgs.id.push(uuidv7());
      orgs.name.push(`Chuỗi phân phối thử tải ${i + 1}`);
      orgs.tax.push(tax);
      extra.province.push(pick(provinceCodes));
      extra.channel.push(pick(channels));
      const retail = rand() < 0.6;
      extra.req.push(
        JSON.stringify({
          requiresVatInvoice: retail || rand() < 0.3,
          requiresGs1Barcode: retail && rand() < 0.8,
          requiresTraceabilityStamp: rand() < 0.3,
          paymentDays: retail ? pick([15, 30, 45, 60]) : 0,
          consignmentOnly: rand() < 0.1,
          listingFee: retail && rand() < 0.3,
          promotionContributionPercent: retail ? pick([0, 3, 5, 10]) : 0,
          minRemainingShelfLifePercent: pick([0, 50, 70]),
          labelLanguages: [],
        }),
      );
      users.id.push(uuidv7());
      users.email.push(`bench-distributor-${i + 1}-${orgs.id.at(-1)!.slice(-6)}@example.vn`);
    }
    for (let i = 0; i < distributorCount; i += BATCH) {
      const s = <T>(a: T[]) => a.slice(i, i + BATCH);
      await client.query(insertDistributorsSql, [
        s(orgs.id),
        s(orgs.name),
        s(orgs.tax),
        s(extra.province),
        s(extra.channel),
        s(extra.req),
      ]);
      await client.query(insertUsersSql, [s(users.id), s(users.email), s(orgs.name), s(orgs.id)]);
    }
    for (let from = 0; from < options.demands; from += BATCH) {
      const count = Math.min(BATCH, options.demands - from);
      const cols: unknown[][] = Array.from({ length: 14 }, () => []);
      for (let k = 0; k < count; k += 1) {
        const t = pick(templates);
        const d = Math.floor((from + k) / DEMANDS_PER_DISTRIBUTOR);
        const perOrder = Math.max(1, Math.round(t.moq * (1 + rand() * 4)));
        const row = [
          uuidv7(),
          orgs.id[d],
          users.id[d],
          titleOf(t),
          t.group,
          rand() < 0.1 ? null : t.category,
          perOrder,
          rand() < 0.7 ? Math.max(perOrder, Math.round(t.capacity * (0.1 + rand() * 1.4))) : null,
          t.unit,
          rand() < 0.7 ? Math.round(t.priceMax * (0.8 + rand() * 0.5)) : null,
          rand() < 0.2 ? pick([3, 4]) : null,
          rand() < 0.8 ? 'VN' : pick(markets),
          rand() < 0.15 ? `{${t.region}}` : '{}',
          rand() < 0.4 ? `2027-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15` : null,
        ];
        row.forEach((value, c) => cols[c]!.push(value));
      }
      await client.query(insertDemandsSql, cols);
    }
    await client.query('analyze organizations, users, demands');
  } finally {
    await client.end();
  }
  return {
    demands: options.demands,
    distributors: distributorCount,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
