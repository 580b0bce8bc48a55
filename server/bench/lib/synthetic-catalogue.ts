/**
 * A synthetic catalogue of any size built from the hand-curated demo vocabulary
 * (src/db/seed/catalogue-*.ts): every province's real specialties, crossed with their curated
 * variants (size, packaging) and a grade ("loại 1", "hữu cơ", "dịp Tết", …), so names, categories,
 * seasons, HS codes, units and prices stay realistic at 10⁶ rows. Deterministic for a given seed.
 * Produces column arrays for `INSERT … SELECT … FROM unnest($1::uuid[], …)`.
 */
import { uuidv7 } from 'uuidv7';
import {
  categoryByCode,
  provinceByCode,
  provinceCodes,
  type ProvinceCode,
} from '@ketnoi/shared/reference';
import { makeTaxCode } from '@ketnoi/shared/validation';
import {
  readinessPresets,
  type CatalogueLine,
  type ReadinessLevel,
} from '../../src/db/seed/catalogue-types.ts';
import {
  catalogueProducers,
  demoProducerLines,
  legacyProvinceOf,
  variantNameVi,
} from '../../src/db/seed/demo-catalogue.ts';
import { demoOrganizations } from '../../src/db/seed/demo.ts';

/** mulberry32: small, fast, good enough to spread a benchmark's data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Grade = { vi: string; en: string; factor: number };
const grades: Record<string, readonly Grade[]> = {
  goods: [
    { vi: '', en: '', factor: 1 },
    { vi: 'loại 1', en: 'grade 1', factor: 1.1 },
    { vi: 'loại đặc biệt', en: 'premium grade', factor: 1.45 },
    { vi: 'hữu cơ', en: 'organic', factor: 1.35 },
    { vi: 'cao cấp', en: 'deluxe', factor: 1.25 },
    { vi: 'hàng xuất khẩu', en: 'export grade', factor: 1.2 },
    { vi: 'loại 2', en: 'grade 2', factor: 0.85 },
    { vi: 'truyền thống', en: 'traditional', factor: 1 },
  ],
  handicraft: [
    { vi: '', en: '', factor: 1 },
    { vi: 'làm thủ công', en: 'handmade', factor: 1.15 },
    { vi: 'cao cấp', en: 'deluxe', factor: 1.4 },
    { vi: 'làm quà tặng', en: 'gift edition', factor: 1.2 },
    { vi: 'mẫu xuất khẩu', en: 'export design', factor: 1.1 },
  ],
  ornamental: [
    { vi: '', en: '', factor: 1 },
    { vi: 'loại 1', en: 'grade 1', factor: 1.15 },
    { vi: 'cao cấp', en: 'premium', factor: 1.5 },
    { vi: 'dịp Tết', en: 'for Tet', factor: 1.3 },
  ],
  tourism: [
    { vi: '', en: '', factor: 1 },
    { vi: 'cho gia đình', en: 'for families', factor: 0.95 },
    { vi: 'cho đoàn', en: 'for groups', factor: 0.85 },
    { vi: 'mùa cao điểm', en: 'peak season', factor: 1.25 },
  ],
};

/** One sellable item of the vocabulary: a line × variant × grade, with its strings prepared once. */
export type Template = {
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
  descriptionEn: string | null;
  group: string;
  category: string;
  stars: number | null;
  province: ProvinceCode;
  region: string;
  legacy: string | null;
  /** Array literals, cast in SQL: '{5,6}', '{JP,US}'. */
  months: string;
  exportedTo: string;
  hs: string | null;
  unit: string;
  moq: number;
  capacity: number;
  lead: number;
  priceMin: number;
  priceMax: number;
  shelf: number | null;
  storage: string;
  packaging: string;
};

const roundPrice = (v: number) =>
  v >= 100_000 ? Math.round(v / 1000) * 1000 : Math.max(100, Math.round(v / 100) * 100);

function templatesOf(line: CatalogueLine, province: ProvinceCode): Template[] {
  const category = categoryByCode(line.cat)!;
  const gradeSet =
    grades[
      category.group === 'handicraft' ||
      category.group === 'ornamental' ||
      category.group === 'tourism'
        ? category.group
        : 'goods'
    ]!;
  const legacy = legacyProvinceOf(line, province);
  const region = provinceByCode(province).region;
  const out: Template[] = [];
  for (const variant of line.variants) {
    for (const grade of gradeSet) {
      // "loại 1 loại 1, thùng 10 kg" never: a variant that names its grade takes no other.
      const named = `${line.vi} ${variant.vi}`;
      if (
        grade.vi &&
        (named.includes(grade.vi) ||
          (/loại|hữu cơ|xuất khẩu/.test(named) && /loại|hữu cơ|xuất khẩu/.test(grade.vi)))
      ) {
        continue;
      }
      const nameVi = variantNameVi(line, [grade.vi, variant.vi].filter(Boolean).join(' '));
      out.push({
        nameVi,
        nameEn: [line.en, [grade.en, variant.en].filter(Boolean).join(', ')]
          .filter(Boolean)
          .join(', '),
        descriptionVi: variant.note ? `${line.desc} ${variant.note}` : line.desc,
        descriptionEn: line.descEn ?? null,
        group: category.group,
        category: line.cat,
        stars: line.stars,
        province,
        region,
        legacy,
        months: `{${(line.months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).join(',')}}`,
        exportedTo: `{${(line.exportedTo ?? []).join(',')}}`,
        hs: line.hs ?? null,
        unit: variant.unit,
        moq: variant.moq,
        capacity: variant.cap,
        lead: variant.lead,
        priceMin: roundPrice(variant.price[0] * grade.factor),
        priceMax: roundPrice(variant.price[1] * grade.factor),
        shelf: line.shelf,
        storage: line.storage ?? 'ambient',
        packaging: variant.pack,
      });
    }
  }
  return out;
}

/** Templates per province; every one of the 34 provinces has some. */
export function buildVocabulary(): Map<ProvinceCode, Template[]> {
  const byProvince = new Map<ProvinceCode, Template[]>(provinceCodes.map((p) => [p, []]));
  for (const producer of catalogueProducers) {
    for (const line of producer.lines) {
      byProvince.get(producer.province)!.push(...templatesOf(line, producer.province));
    }
  }
  for (const { key, lines } of demoProducerLines) {
    const province = demoOrganizations.find((o) => o.key === key)!.province as ProvinceCode;
    for (const line of lines) {
      byProvince.get(province)!.push(...templatesOf(line, province));
    }
  }
  for (const [province, list] of byProvince) {
    if (list.length === 0) {
      throw new Error(`synthetic catalogue: no curated line for ${province}`);
    }
  }
  return byProvince;
}

// ---------------------------------------------------------------------------------------------
// Producers

const formPrefix = {
  cooperative: 'Hợp tác xã',
  enterprise: 'Công ty TNHH',
  household: 'Hộ kinh doanh',
  'cooperative-group': 'Tổ hợp tác',
} as const;
const forms = [
  'cooperative',
  'cooperative',
  'enterprise',
  'household',
  'cooperative-group',
] as const;
const readinessLevels: ReadinessLevel[] = [
  'none',
  'basic',
  'basic',
  'good',
  'good',
  'retail',
  'export',
];

export type ProducerColumns = {
  id: string[];
  legalName: string[];
  taxCode: string[];
  province: string[];
  address: string[];
  legalForm: string[];
  description: string[];
  contactPhone: string[];
  readiness: string[];
  status: string[];
};

/** `count` producers, province by province in turn, named after the curated producers of their province. */
export function buildProducers(
  count: number,
  firstTaxSerial: number,
  rand: () => number,
): ProducerColumns {
  const curatedByProvince = new Map<string, string[]>();
  for (const p of catalogueProducers) {
    const names = curatedByProvince.get(p.province) ?? [];
    names.push(
      p.legalName.replace(/^(Hợp tác xã|Công ty (TNHH|Cổ phần)|Hộ kinh doanh|Tổ hợp tác)\s+/, ''),
    );
    curatedByProvince.set(p.province, names);
  }
  const cols: ProducerColumns = {
    id: [],
    legalName: [],
    taxCode: [],
    province: [],
    address: [],
    legalForm: [],
    description: [],
    contactPhone: [],
    readiness: [],
    status: [],
  };
  let serial = firstTaxSerial;
  for (let i = 0; i < count; i += 1) {
    const province = provinceCodes[i % provinceCodes.length]!;
    const p = provinceByCode(province);
    const names = curatedByProvince.get(province) ?? [p.vi];
    const form = forms[Math.floor(rand() * forms.length)]!;
    let taxCode: string | undefined;
    while (taxCode === undefined) {
      try {
        taxCode = makeTaxCode(`08${String(serial).padStart(7, '0')}`);
      } catch {
        // This serial has no valid check digit.
      }
      serial += 1;
    }
    cols.id.push(uuidv7());
    cols.legalName.push(
      `${formPrefix[form]} ${names[i % names.length]} ${Math.floor(i / provinceCodes.length) + 1}`,
    );
    cols.taxCode.push(taxCode);
    cols.province.push(province);
    cols.address.push(`thôn ${1 + (i % 12)}, xã ${p.vi}, ${p.city ? 'thành phố' : 'tỉnh'} ${p.vi}`);
    cols.legalForm.push(form);
    cols.description.push(`Cơ sở sản xuất đặc sản ${p.vi} (dữ liệu thử tải).`);
    cols.contactPhone.push(`09${String(10_000_000 + ((i * 7919) % 89_999_999)).padStart(8, '0')}`);
    cols.readiness.push(
      JSON.stringify(
        readinessPresets[readinessLevels[Math.floor(rand() * readinessLevels.length)]!],
      ),
    );
    cols.status.push(rand() < 0.9 ? 'verified' : 'pending');
  }
  return cols;
}

// ---------------------------------------------------------------------------------------------
// Products

export type ProductColumns = {
  id: string[];
  producer: string[];
  status: string[];
  nameVi: string[];
  nameEn: string[];
  descriptionVi: string[];
  descriptionEn: (string | null)[];
  group: string[];
  category: string[];
  stars: (number | null)[];
  province: string[];
  region: string[];
  legacy: (string | null)[];
  months: string[];
  hs: (string | null)[];
  unit: string[];
  moq: number[];
  capacity: number[];
  lead: number[];
  priceMin: number[];
  priceMax: number[];
  shelf: (number | null)[];
  storage: string[];
  packaging: string[];
  exportedTo: string[];
  reviewNote: (string | null)[];
  /** Unix seconds; submitted/published/reviewed are derived in SQL. */
  createdAt: number[];
  publishDelay: number[];
};

const emptyColumns = (): ProductColumns => ({
  id: [],
  producer: [],
  status: [],
  nameVi: [],
  nameEn: [],
  descriptionVi: [],
  descriptionEn: [],
  group: [],
  category: [],
  stars: [],
  province: [],
  region: [],
  legacy: [],
  months: [],
  hs: [],
  unit: [],
  moq: [],
  capacity: [],
  lead: [],
  priceMin: [],
  priceMax: [],
  shelf: [],
  storage: [],
  packaging: [],
  exportedTo: [],
  reviewNote: [],
  createdAt: [],
  publishDelay: [],
});

const TWO_YEARS = 2 * 365 * 86_400;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const strideFor = (n: number) => [7, 11, 13, 17, 19, 23, 29, 31].find((s) => gcd(s, n) === 1) ?? 1;

/**
 * Products `from`…`from + count - 1`, spread evenly over the producers (≈ 50 each), each offering
 * items of its own province; together the producers of a province cover all of its items.
 * 88 % published, 6 % in review, 4 % drafts, 2 % rejected.
 */
export function buildProducts(
  from: number,
  count: number,
  total: number,
  producers: ProducerColumns,
  vocabulary: Map<ProvinceCode, Template[]>,
  rand: () => number,
  nowSeconds: number,
): ProductColumns {
  const c = emptyColumns();
  const perProducer = Math.ceil(total / producers.id.length);
  for (let i = from; i < from + count; i += 1) {
    const p = Math.min(Math.floor(i / perProducer), producers.id.length - 1);
    const list = vocabulary.get(producers.province[p] as ProvinceCode)!;
    // The producers of one province (every 34th) walk its items in turn, with a stride coprime to
    // their number: together they cover every item, each producer a varied selection.
    const walked = Math.floor(p / provinceCodes.length) * perProducer + (i - p * perProducer);
    const t = list[(walked * strideFor(list.length)) % list.length]!;
    const r = rand();
    const status =
      r < 0.88 ? 'published' : r < 0.94 ? 'pending_review' : r < 0.98 ? 'draft' : 'rejected';
    const jitter = 0.9 + rand() * 0.2;
    c.id.push(uuidv7());
    c.producer.push(producers.id[p]!);
    c.status.push(status);
    c.nameVi.push(t.nameVi);
    c.nameEn.push(t.nameEn);
    c.descriptionVi.push(t.descriptionVi);
    c.descriptionEn.push(t.descriptionEn);
    c.group.push(t.group);
    c.category.push(t.category);
    c.stars.push(t.stars);
    c.province.push(t.province);
    c.region.push(t.region);
    c.legacy.push(t.legacy);
    c.months.push(t.months);
    c.hs.push(t.hs);
    c.unit.push(t.unit);
    c.moq.push(t.moq);
    c.capacity.push(Math.round(t.capacity * jitter));
    c.lead.push(t.lead);
    c.priceMin.push(roundPrice(t.priceMin * jitter));
    c.priceMax.push(Math.max(roundPrice(t.priceMin * jitter), roundPrice(t.priceMax * jitter)));
    c.shelf.push(t.shelf);
    c.storage.push(t.storage);
    c.packaging.push(t.packaging);
    c.exportedTo.push(t.exportedTo);
    c.reviewNote.push(
      status === 'rejected' ? 'Thiếu ảnh nhãn mặt sau và số tự công bố sản phẩm.' : null,
    );
    c.createdAt.push(nowSeconds - 86_400 - Math.floor(rand() * TWO_YEARS));
    c.publishDelay.push(3_600 + Math.floor(rand() * 10 * 86_400));
  }
  return c;
}
