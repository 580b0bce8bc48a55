import { sql, type SQL } from 'drizzle-orm';
import type { EventProgramme, KpiDimension, KpiMetric } from '@ketnoi/shared';
import type { Localized } from '../../lib/locale.ts';

/**
 * Every KPI metric, defined once: what it counts (in words, shown on the dashboard and in the
 * Excel export) and the SQL that lists the records behind the number. The actual is the number
 * of records; breakdowns group the same records. Nothing here is typed in by anyone.
 *
 * Each `records(year)` query returns one row per counted thing with the columns
 * `record_id`, `month` (1–12, Asia/Ho_Chi_Minh), `province_code`, `market`, `ocop_group`
 * (null where unknown or meaningless) and then the detail columns listed in `columns`, one of
 * them `date` (the export lists records by it).
 * The year is Vietnam's calendar year. Joins that only fetch detail columns are LEFT JOINs on a
 * primary key, so PostgreSQL drops them when the report only groups (join removal). For the same
 * reason a metric counting each thing once picks its first record over narrow rows (ids and the
 * grouping columns) and joins the details to the survivors: the dashboard sorts and probes only
 * what it counts.
 */
export type MetricColumn = { key: string; vi: string; en: string };
export type MetricDefinition = {
  metric: KpiMetric;
  /** The Excel sheet's name: at most 31 characters, none of \ / ? * [ ]. */
  sheet: string;
  label: Localized;
  unit: Localized;
  definition: Localized;
  /** Breakdowns that mean something for this metric (the others are reported as null). */
  dimensions: readonly KpiDimension[];
  columns: readonly MetricColumn[];
  records: (year: number) => SQL;
};

/**
 * 00:00 on the 1st of `month` in Asia/Ho_Chi_Minh (UTC+7 all year, no DST; as campaigns.kpi.ts),
 * sent as a parameter: a filter on a scanned table then compares with a constant, where
 * `make_timestamptz(…, zone)` (stable, so not folded) would be computed again for every row.
 */
const monthStart = (year: number, month: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01T00:00:00+07:00`;
const from = (year: number) => sql`${monthStart(year, 1)}::timestamptz`;
const to = (year: number) => sql`${monthStart(year + 1, 1)}::timestamptz`;
/**
 * The month (1–12) of a time within `year`, in Vietnam: the number of the year's month starts
 * (1 February … 1 December) it has passed, plus one. A search in 11 constants per counted row,
 * several times cheaper than converting each time to local time to extract its month.
 */
const monthOf = (column: SQL, year: number) => {
  const starts = Array.from({ length: 11 }, (_, i) => monthStart(year, i + 2));
  return sql`(1 + width_bucket(${column}, ${`{${starts.join(',')}}`}::timestamptz[]))`;
};
const orgName = (alias: string) => sql.raw(`coalesce(${alias}.trading_name, ${alias}.legal_name)`);
const businesses: Localized = { vi: 'doanh nghiệp', en: 'businesses' };

const participationColumns = [
  { key: 'organization', vi: 'Tổ chức', en: 'Organization' },
  { key: 'organizationKind', vi: 'Loại', en: 'Kind' },
  { key: 'taxCode', vi: 'Mã số thuế', en: 'Tax code' },
  { key: 'source', vi: 'Hoạt động', en: 'Activity' },
  { key: 'date', vi: 'Ngày', en: 'Date' },
] as const;

/**
 * Distinct organizations with an accepted registration at a published event delivering
 * `programme` that has begun within the year, each counted once, at its first such event.
 * Market information also counts producers that applied to or were invited into a foreign
 * retailer's campaign in the year: they received its criteria and their gap checklist.
 */
function participation(programme: EventProgramme, withCampaigns: boolean) {
  // `tie` orders two activities at the same instant (the event's or the entry's id); the title of
  // the first activity is joined afterwards, from the event or the campaign of the entry.
  return (year: number) => sql`
    select x.organization_id::text as record_id, ${monthOf(sql`x.at`, year)} as month,
           o.province_code, x.market, null::text as ocop_group,
           ${orgName('o')} as "organization", o.kind::text as "organizationKind", o.tax_code as "taxCode",
           coalesce(se.title_vi, sc.title_vi) as "source", x.at as "date"
      from (
        select distinct on (x.organization_id) x.organization_id, x.at, x.market, x.event_id, x.entry_id
          from (
            select r.organization_id, e.starts_at as at, e.country::text as market,
                   e.id as event_id, null::uuid as entry_id, e.id as tie
              from event_registrations r
              join events e on e.id = r.event_id
             where r.status = 'accepted' and e.status = 'published'
               and ${programme}::event_programme = any(e.programmes)
               and e.starts_at >= ${from(year)} and e.starts_at < ${to(year)} and e.starts_at <= now()
            ${
              withCampaigns
                ? sql`union all
            select ce.producer_org_id, least(ce.invited_at, ce.applied_at), c.country::text,
                   null::uuid, ce.id, ce.id
              from campaign_entries ce
              join campaigns c on c.id = ce.campaign_id
             where least(ce.invited_at, ce.applied_at) >= ${from(year)}
               and least(ce.invited_at, ce.applied_at) < ${to(year)}`
                : sql``
            }
          ) x
         order by x.organization_id, x.at, x.tie
      ) x
      join organizations o on o.id = x.organization_id
      left join events se on se.id = x.event_id
      left join campaign_entries sce on sce.id = x.entry_id
      left join campaigns sc on sc.id = sce.campaign_id`;
}

export const metrics: readonly MetricDefinition[] = [
  {
    metric: 'market_information_businesses',
    sheet: 'Thông tin thị trường',
    label: {
      vi: 'Doanh nghiệp được cung cấp thông tin thị trường',
      en: 'Businesses given market information',
    },
    unit: businesses,
    definition: {
      vi: 'Số tổ chức khác nhau được chấp nhận tham dự sự kiện có nội dung thông tin thị trường đã diễn ra trong năm, hoặc đã ứng tuyển/được mời vào chiến dịch của nhà bán lẻ nước ngoài trong năm. Mỗi tổ chức tính một lần.',
      en: 'Distinct organizations accepted at an event delivering market information that took place in the year, or that applied to or were invited into a foreign retailer campaign in the year. Each counted once.',
    },
    dimensions: ['month', 'province', 'market'],
    columns: participationColumns,
    records: participation('market_information', true),
  },
  {
    metric: 'training_businesses',
    sheet: 'Đào tạo',
    label: { vi: 'Doanh nghiệp được đào tạo, tập huấn', en: 'Businesses trained' },
    unit: businesses,
    definition: {
      vi: 'Số tổ chức khác nhau được chấp nhận tham dự sự kiện có nội dung đào tạo (thường là hội thảo, tập huấn) đã diễn ra trong năm.',
      en: 'Distinct organizations accepted at an event delivering training (usually a workshop) that took place in the year.',
    },
    dimensions: ['month', 'province'],
    columns: participationColumns,
    records: participation('training', false),
  },
  {
    metric: 'ecommerce_support_businesses',
    sheet: 'TMĐT xuyên biên giới',
    label: {
      vi: 'Doanh nghiệp được hỗ trợ thương mại điện tử xuyên biên giới',
      en: 'Businesses supported in cross-border e-commerce',
    },
    unit: businesses,
    definition: {
      vi: 'Số tổ chức khác nhau được chấp nhận tham dự sự kiện có nội dung hỗ trợ thương mại điện tử xuyên biên giới đã diễn ra trong năm.',
      en: 'Distinct organizations accepted at an event delivering cross-border e-commerce support that took place in the year.',
    },
    dimensions: ['month', 'province'],
    columns: participationColumns,
    records: participation('ecommerce_support', false),
  },
  {
    metric: 'trade_connection_sessions',
    sheet: 'Phiên kết nối',
    label: {
      vi: 'Phiên kết nối giao thương với hệ thống phân phối nước ngoài',
      en: 'Trade connection sessions with foreign distribution networks',
    },
    unit: { vi: 'phiên', en: 'sessions' },
    definition: {
      vi: 'Số cuộc gặp B2B trong năm đã diễn ra (kết quả: đã gặp, theo dõi tiếp, ký MoU, đơn hàng) với nhà phân phối nước ngoài hoặc mạng lưới người Việt ở nước ngoài, hoặc tại sự kiện ở nước ngoài.',
      en: 'B2B meetings in the year that were held (outcome held, follow-up, MoU or purchase order) with a foreign or overseas-Vietnamese distributor, or at an event abroad.',
    },
    dimensions: ['month', 'province', 'market'],
    columns: [
      { key: 'event', vi: 'Sự kiện', en: 'Event' },
      { key: 'producer', vi: 'Nhà sản xuất', en: 'Producer' },
      { key: 'distributor', vi: 'Nhà phân phối', en: 'Distributor' },
      { key: 'outcome', vi: 'Kết quả', en: 'Outcome' },
      { key: 'date', vi: 'Thời gian', en: 'Time' },
    ],
    records: (year) => sql`
      select m.id::text as record_id, ${monthOf(sql`m.starts_at`, year)} as month,
             po.province_code,
             (case when d.country <> 'VN' then d.country else e.country end)::text as market,
             null::text as ocop_group,
             e.title_vi as "event", ${orgName('po')} as "producer", ${orgName('d')} as "distributor",
             m.outcome::text as "outcome", m.starts_at as "date"
        from meetings m
        join events e on e.id = m.event_id
        join organizations po on po.id = m.producer_org_id
        join organizations d on d.id = m.distributor_org_id
       where m.status in ('accepted', 'scheduled')
         and m.outcome in ('held', 'follow_up', 'mou', 'purchase_order')
         and m.starts_at >= ${from(year)} and m.starts_at < ${to(year)}
         and (e.country <> 'VN' or d.country <> 'VN' or d.channel = 'overseas-vietnamese-network')`,
  },
  {
    // Same predicate as campaigns.kpi.ts countProductsPlacedAbroad (a test holds them together).
    metric: 'products_placed_abroad',
    sheet: 'SP vào HT nước ngoài',
    label: {
      vi: 'Sản phẩm đưa trực tiếp vào hệ thống phân phối nước ngoài',
      en: 'Products placed directly into foreign distribution networks',
    },
    unit: { vi: 'sản phẩm', en: 'products' },
    definition: {
      vi: 'Số sản phẩm khác nhau được nhà bán lẻ nước ngoài đưa lên kệ (trạng thái "listed") qua chiến dịch Tuần hàng Việt Nam trong năm. Mỗi sản phẩm tính một lần, ở lần đầu tiên.',
      en: 'Distinct products listed by a foreign retailer through a Vietnam Goods Week campaign in the year. Each counted once, at its first listing.',
    },
    dimensions: ['month', 'province', 'market', 'ocopGroup'],
    columns: [
      { key: 'product', vi: 'Sản phẩm', en: 'Product' },
      { key: 'producer', vi: 'Nhà sản xuất', en: 'Producer' },
      { key: 'retailer', vi: 'Nhà bán lẻ', en: 'Retailer' },
      { key: 'campaign', vi: 'Chiến dịch', en: 'Campaign' },
      { key: 'date', vi: 'Ngày lên kệ', en: 'Listed on' },
    ],
    // First listing per product over narrow rows; then, in product order (the probes walk the index
    // in order), its province and group from products_kpi_idx; the details by joins dropped when unused.
    records: (year) => sql`
      select ce.product_id::text as record_id, ${monthOf(sql`ce.listed_at`, year)} as month,
             p.province_code, ce.country::text as market, p.ocop_group,
             pn.name_vi as "product", ${orgName('o')} as "producer", c.retailer_name as "retailer",
             c.title_vi as "campaign", ce.listed_at as "date"
        from (select distinct on (ce.product_id) ce.product_id, ce.listed_at, ce.id, c.country
                from campaign_entries ce
                join campaigns c on c.id = ce.campaign_id
               where ce.listed_at >= ${from(year)} and ce.listed_at < ${to(year)} and c.country <> 'VN'
               order by ce.product_id, ce.listed_at, ce.id) ce
        cross join lateral (select province_code, ocop_group from products where id = ce.product_id offset 0) p
        left join campaign_entries cem on cem.id = ce.id
        left join campaigns c on c.id = cem.campaign_id
        left join products pn on pn.id = ce.product_id
        left join organizations o on o.id = cem.producer_org_id`,
  },
  {
    metric: 'products_introduced_city',
    sheet: 'SP giới thiệu trong nước',
    label: {
      vi: 'Sản phẩm được giới thiệu cho nhà phân phối trong nước',
      en: 'Products introduced to domestic distributors',
    },
    unit: { vi: 'sản phẩm', en: 'products' },
    definition: {
      vi: 'Số sản phẩm khác nhau có đề xuất kết nối được điều phối viên duyệt và giới thiệu trong năm cho nhà phân phối ở Việt Nam (đề xuất đã giới thiệu hoặc đi tiếp, kể cả không thành). Mỗi sản phẩm tính một lần, ở lần giới thiệu đầu tiên.',
      en: 'Distinct products whose match with a distributor in Vietnam was approved and introduced in the year (introduced or further, lost included). Each counted once, at its first introduction.',
    },
    dimensions: ['month', 'province', 'ocopGroup'],
    columns: [
      { key: 'product', vi: 'Sản phẩm', en: 'Product' },
      { key: 'producer', vi: 'Nhà sản xuất', en: 'Producer' },
      { key: 'distributor', vi: 'Nhà phân phối', en: 'Distributor' },
      { key: 'demand', vi: 'Nhu cầu', en: 'Demand' },
      { key: 'date', vi: 'Ngày giới thiệu', en: 'Introduced on' },
    ],
    // First introduction per product over the narrow matches rows (ids only); then, per kept product,
    // its province and group by index-only probes (products_kpi_idx; OFFSET 0 keeps it a per-row
    // lookup instead of a scan of every product), and the details by joins dropped when unused.
    records: (year) => sql`
      select m.product_id::text as record_id, ${monthOf(sql`m.introduced_at`, year)} as month,
             p.province_code, null::text as market, p.ocop_group,
             pn.name_vi as "product", ${orgName('po')} as "producer", ${orgName('d')} as "distributor",
             dm.title as "demand", m.introduced_at as "date"
        from (select distinct on (m.product_id) m.product_id, m.introduced_at, m.id
                from matches m
                join organizations d on d.id = m.distributor_org_id
               where m.status in ('introduced', 'sample_requested', 'sample_sent', 'sample_received', 'negotiating', 'won', 'lost')
                 and m.introduced_at >= ${from(year)} and m.introduced_at < ${to(year)}
                 and d.country = 'VN'
               order by m.product_id, m.introduced_at, m.id) m
        cross join lateral (select province_code, ocop_group from products where id = m.product_id offset 0) p
        left join matches mm on mm.id = m.id
        left join products pn on pn.id = m.product_id
        left join organizations po on po.id = mm.producer_org_id
        left join organizations d on d.id = mm.distributor_org_id
        left join demands dm on dm.id = mm.demand_id`,
  },
  {
    metric: 'mous_signed',
    sheet: 'MoU',
    label: { vi: 'Biên bản ghi nhớ (MoU) được ký kết', en: 'MoUs signed' },
    unit: { vi: 'biên bản', en: 'MoUs' },
    definition: {
      vi: 'Số thỏa thuận loại MoU có ngày ký trong năm.',
      en: 'Agreements of kind MoU signed in the year.',
    },
    dimensions: ['month', 'province', 'market'],
    columns: [
      { key: 'title', vi: 'Tên thỏa thuận', en: 'Title' },
      { key: 'producer', vi: 'Bên sản xuất', en: 'Producer party' },
      { key: 'distributor', vi: 'Bên phân phối', en: 'Distributor party' },
      { key: 'value', vi: 'Giá trị', en: 'Value' },
      { key: 'currency', vi: 'Tiền tệ', en: 'Currency' },
      { key: 'date', vi: 'Ngày ký', en: 'Signed on' },
    ],
    records: (year) => sql`
      select a.id::text as record_id, extract(month from a.signed_on)::int as month,
             coalesce(a.province_code, po.province_code) as province_code,
             d.country::text as market, null::text as ocop_group,
             a.title as "title", ${orgName('po')} as "producer", ${orgName('d')} as "distributor",
             a.value::float8 as "value", a.currency::text as "currency", a.signed_on::text as "date"
        from agreements a
        left join organizations po on po.id = a.producer_org_id
        left join organizations d on d.id = a.distributor_org_id
       where a.kind = 'mou'
         and a.signed_on >= make_date(${year}::int, 1, 1) and a.signed_on < make_date(${year}::int + 1, 1, 1)`,
  },
];

export const metricByKey = new Map(metrics.map((m) => [m.metric, m]));
