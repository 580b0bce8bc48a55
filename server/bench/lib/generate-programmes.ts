/**
 * A year of trade-programme activity for `bench:programmes`, written in SQL over a database that
 * already holds the catalogue (generate-catalogue.ts) and demands with their distributors
 * (synthetic-demands.ts): matches along the whole pipeline, events with registrations, B2B
 * meetings with outcomes, foreign-retailer campaigns with listings, and agreements. Every date
 * falls inside `year` (Vietnam's calendar) so the KPI report has all of it to count. Meetings
 * are laid out so no organization is ever double-booked (the exclusion constraints hold).
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';

export type ProgrammeSizes = {
  year: number;
  matches: number;
  events: number;
  meetings: number;
  registrationsPerEvent: number;
  campaignEntries: number;
  agreements: number;
};

/** One statement per table; `$1` is the year, `$2` the row count. */
const statements: { table: string; sql: string; count: (s: ProgrammeSizes) => number }[] = [
  {
    table: 'organizations (a fifth of the distributors abroad)',
    count: () => 0,
    sql: `update organizations set country = (array['JP','KR','SG','US','DE'])[1 + (abs(hashtext(id::text)) % 5)]
           where kind = 'distributor' and abs(hashtext(id::text)) % 5 = 0 and $1::int is not null and $2::int is not null`,
  },
  {
    table: 'matches',
    count: (s) => s.matches,
    sql: `with d as (select array_agg(id order by id) as id, array_agg(distributor_org_id order by id) as org from demands),
               p as (select array_agg(id order by id) as id, array_agg(producer_org_id order by id) as org from products),
               g as (select i, 1 + i % cardinality(d.id) as di, 1 + ((i::bigint * 7919) % cardinality(p.id))::int as pi
                       from generate_series(0, $2 - 1) i, d, p)
          insert into matches (id, demand_id, product_id, distributor_org_id, producer_org_id, origin, status, score,
                               breakdown, introduced_at)
          select gen_random_uuid(), d.id[g.di], p.id[g.pi], d.org[g.di], p.org[g.pi], 'engine',
                 (array['proposed','proposed','proposed','rejected','introduced','sample_requested','negotiating',
                        'won','lost','introduced'])[1 + i % 10]::match_status,
                 40 + (i % 60), '{}'::jsonb,
                 case when i % 10 >= 4 then make_timestamptz($1, 1, 1, 8, 0, 0, 'Asia/Ho_Chi_Minh')
                      + make_interval(days => (i * 7) % 360, mins => i % 600) end
            from g, d, p`,
  },
  {
    table: 'events',
    count: (s) => s.events,
    sql: `insert into events (id, kind, status, title_vi, starts_at, ends_at, place, country, registration_deadline,
                              slot_minutes, tables, programmes, created_by, published_at)
          select gen_random_uuid(),
                 (array['trade_connection_conference','goods_week','fair','market_survey_trip','workshop'])[1 + k % 5]::event_kind,
                 'published', 'Sự kiện thử tải ' || k,
                 make_timestamptz($1, 1, 2, 8, 0, 0, 'Asia/Ho_Chi_Minh') + make_interval(days => k * 7),
                 make_timestamptz($1, 1, 2, 8, 0, 0, 'Asia/Ho_Chi_Minh') + make_interval(days => k * 7, hours => 40),
                 'TP. Hồ Chí Minh', case when k % 5 = 1 then 'JP' else 'VN' end,
                 make_timestamptz($1, 1, 1, 8, 0, 0, 'Asia/Ho_Chi_Minh') + make_interval(days => k * 7),
                 20, 10,
                 case k % 5 when 4 then array['training','ecommerce_support']::event_programme[]
                            else array['market_information']::event_programme[] end,
                 (select id from users order by id limit 1), now()
            from generate_series(0, $2 - 1) k`,
  },
  {
    table: 'event_registrations',
    count: (s) => s.registrationsPerEvent,
    sql: `with e as (select id, row_number() over (order by starts_at) - 1 as k from events where title_vi like 'Sự kiện thử tải %'),
               o as (select id, row_number() over (order by id) - 1 as n, count(*) over () as c from organizations)
          insert into event_registrations (id, event_id, organization_id, status, registered_by)
          select gen_random_uuid(), e.id, o.id, case when o.n % 10 = 0 then 'pending' else 'accepted' end::registration_status,
                 (select id from users order by id limit 1)
            from e join o on (o.n + e.k * 37) % o.c < $2
           where $1::int is not null`,
  },
  {
    table: 'meetings',
    count: (s) => s.meetings,
    // Meeting i: event i % E, slot i / E (20 minutes each, 100 a day); one meeting per event and slot,
    // events a week apart and at most 40 hours long, so no organization or table ever overlaps.
    sql: `with e as (select id, starts_at, row_number() over (order by starts_at) - 1 as k, count(*) over () as c
                       from events where title_vi like 'Sự kiện thử tải %'),
               po as (select array_agg(id order by id) as id from organizations where kind = 'producer'),
               dio as (select array_agg(id order by id) as id from organizations where kind = 'distributor')
          insert into meetings (id, event_id, producer_org_id, distributor_org_id, table_no, starts_at, ends_at, status,
                                origin, requested_by, outcome, accepted_at)
          select gen_random_uuid(), e.id, po.id[1 + (i * 31) % cardinality(po.id)], dio.id[1 + (i * 17) % cardinality(dio.id)], 1,
                 e.starts_at + make_interval(mins => 20 * (i / e.c)::int),
                 e.starts_at + make_interval(mins => 20 * (i / e.c)::int + 20),
                 (array['scheduled','scheduled','scheduled','scheduled','scheduled','scheduled','scheduled','scheduled',
                        'accepted','cancelled'])[1 + i % 10]::meeting_status,
                 case when i % 10 = 8 then 'request' else 'coordinator' end::meeting_origin,
                 (select id from users order by id limit 1),
                 case when i % 10 < 9 then (array['held','follow_up','mou','purchase_order','held','held','no_show',null,'held'])[1 + i % 10]::meeting_outcome end,
                 case when i % 10 = 8 then now() end
            from generate_series(0, $2 - 1) i
            cross join po
            cross join dio
            join e on e.k = i % e.c
           where $1::int is not null and i / e.c < 100`,
  },
  {
    table: 'campaigns',
    count: () => 10,
    sql: `insert into campaigns (id, status, title_vi, retailer_name, country, event_starts_on, event_ends_on,
                                 application_deadline, created_by)
          select gen_random_uuid(), 'completed', 'Tuần hàng Việt Nam thử tải ' || k, 'Retailer ' || k,
                 (array['JP','TH','KR','SG','US'])[1 + k % 5], make_date($1, 1 + k, 10), make_date($1, 1 + k, 17),
                 make_date($1, 1 + k, 1), (select id from users order by id limit 1)
            from generate_series(0, $2 - 1) k`,
  },
  {
    table: 'campaign_entries',
    count: (s) => s.campaignEntries,
    sql: `with c as (select id, event_starts_on, row_number() over (order by id) - 1 as k, count(*) over () as n
                       from campaigns where title_vi like 'Tuần hàng Việt Nam thử tải %'),
               p as (select array_agg(id order by id) as id, array_agg(producer_org_id order by id) as org from products)
          insert into campaign_entries (id, campaign_id, product_id, producer_org_id, origin, status, eligible_at_entry,
                                        applied_at, listed_at)
          select gen_random_uuid(), c.id, p.id[x.pi], p.org[x.pi], 'applied',
                 case when i % 5 < 2 then 'listed' else 'applied' end::campaign_entry_status, true,
                 c.event_starts_on::timestamptz - interval '20 days',
                 case when i % 5 < 2 then c.event_starts_on::timestamptz + interval '3 days' end
            from generate_series(0, $2 - 1) i
            cross join p
            cross join lateral (select 1 + ((i::bigint * 104729) % cardinality(p.id))::int as pi) x
            join c on c.k = i % c.n
           where $1::int is not null`,
  },
  {
    table: 'agreements',
    count: (s) => s.agreements,
    sql: `with m as (select id, producer_org_id, distributor_org_id, row_number() over (order by id) - 1 as n
                       from matches where status in ('won', 'negotiating'))
          insert into agreements (id, kind, match_id, producer_org_id, distributor_org_id, title, signed_on, created_by)
          select gen_random_uuid(), case when m.n % 2 = 0 then 'mou' else 'contract' end, m.id, m.producer_org_id,
                 m.distributor_org_id, 'Thỏa thuận thử tải ' || m.n, make_date($1, 1, 1) + (m.n % 360)::int,
                 (select id from users order by id limit 1)
            from m where m.n < $2`,
  },
];

export async function generateProgrammes(
  url: string,
  sizes: ProgrammeSizes,
  log: (message: string) => void,
): Promise<Record<string, number>> {
  const client = new pg.Client({
    connectionString: url,
    application_name: 'ketnoi-bench-programmes',
  });
  await client.connect();
  const inserted: Record<string, number> = {};
  try {
    await client.query('set synchronous_commit = off');
    for (const step of statements) {
      const started = performance.now();
      const result = await client.query(step.sql, [sizes.year, step.count(sizes)]);
      inserted[step.table.split(' ')[0]!] = result.rowCount ?? 0;
      log(
        `${step.table}: ${result.rowCount ?? 0} rows in ${Math.round(performance.now() - started)} ms`,
      );
    }
    // Bulk-loaded: the visibility map lets the report's index-only scans skip the heap (autovacuum would, later).
    await client.query('vacuum analyze');
    return inserted;
  } finally {
    await client.end();
  }
}
