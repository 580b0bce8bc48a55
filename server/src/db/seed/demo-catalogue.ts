/**
 * The demo catalogue: hand-curated producers (catalogue-<region>.ts), their products (one row per
 * line × variant), the demo accounts' producers' products, and distributors. Seeded by `seedDemo`
 * in one transaction with batched inserts, idempotently: organizations are keyed by deterministic
 * tax codes (`demoTaxCode(1000 + i)` producers, `demoTaxCode(2000 + i)` distributors), a producer
 * that already exists keeps whatever a demo session made of its products, and the demo accounts'
 * producers get only the catalogue products whose name they do not have yet.
 */
import { inArray } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { ProductStatus, VerificationStatus } from '@ketnoi/shared';
import { categoryByCode, provinceByCode, resolveProvince } from '@ketnoi/shared/reference';
import type { Db } from '../client.ts';
import { organizations, products } from '../schema/index.ts';
import { productFacts } from '../../modules/products/products.input.ts';
import type { NewProductRow, ProductRow } from '../../modules/products/products.repository.ts';
import { caMau } from './catalogue-ca-mau.ts';
import { central } from './catalogue-central.ts';
import { coast } from './catalogue-coast.ts';
import { delta } from './catalogue-delta.ts';
import { deltaSouth } from './catalogue-delta-south.ts';
import { catalogueDistributors } from './catalogue-distributors.ts';
import { east } from './catalogue-east.ts';
import { highlands } from './catalogue-highlands.ts';
import { lamDong } from './catalogue-lam-dong.ts';
import { mekong } from './catalogue-mekong.ts';
import { mekongWest } from './catalogue-mekong-west.ts';
import { midlands } from './catalogue-midlands.ts';
import { northCentral } from './catalogue-north-central.ts';
import { northeast } from './catalogue-northeast.ts';
import { northwest } from './catalogue-northwest.ts';
import { redRiver } from './catalogue-red-river.ts';
import { southeast } from './catalogue-southeast.ts';
import {
  readinessPresets,
  type CatalogueLine,
  type CatalogueProducer,
  type CatalogueRegion,
  type DemoProducerLines,
} from './catalogue-types.ts';
import { demoTaxCode } from './demo-tax-code.ts';

export const catalogueRegions: readonly CatalogueRegion[] = [
  northwest,
  northeast,
  midlands,
  redRiver,
  delta,
  deltaSouth,
  northCentral,
  central,
  coast,
  highlands,
  lamDong,
  southeast,
  east,
  mekong,
  mekongWest,
  caMau,
];

export const catalogueProducers: readonly CatalogueProducer[] = catalogueRegions.flatMap(
  (r) => r.producers,
);
export const demoProducerLines: readonly DemoProducerLines[] = catalogueRegions.flatMap(
  (r) => r.demoProducerLines ?? [],
);
export { catalogueDistributors };

export const producerTaxCode = (index: number) => demoTaxCode(1000 + index);
export const distributorTaxCode = (index: number) => demoTaxCode(2000 + index);

/** The product name of one variant: the line's name, then the variant's ("Cam Cao Phong loại 1, thùng 10 kg"). */
export const variantNameVi = (line: CatalogueLine, variantVi: string) =>
  variantVi ? `${line.vi} ${variantVi}` : line.vi;
const variantNameEn = (line: CatalogueLine, variantEn: string) =>
  variantEn ? `${line.en}, ${variantEn}` : line.en;

/** The reference spelling of a line's pre-2025 province, checked to lie in `province`; throws otherwise. */
export function legacyProvinceOf(line: CatalogueLine, province: string): string | null {
  if (!line.legacy) {
    return null;
  }
  const match = resolveProvince(line.legacy);
  if (!match?.matchedAlias || match.province.code !== province) {
    throw new Error(
      `demo catalogue: "${line.vi}" carries "${line.legacy}", which was not merged into ${province}`,
    );
  }
  return match.matchedAlias;
}

/** Every line a catalogue check cares about, with the province it comes from. */
function checkLine(line: CatalogueLine, province: string, problems: string[]) {
  const where = `"${line.vi}" (${province})`;
  if (!categoryByCode(line.cat)) {
    problems.push(`${where}: unknown category ${line.cat}`);
  }
  try {
    legacyProvinceOf(line, province);
  } catch (err) {
    problems.push((err as Error).message);
  }
  if (line.hs !== undefined && !/^\d{6,10}$/.test(line.hs)) {
    problems.push(`${where}: HS code ${line.hs}`);
  }
  if (line.months?.some((m) => m < 1 || m > 12 || !Number.isInteger(m))) {
    problems.push(`${where}: months`);
  }
  if (line.status === 'rejected' && !line.reviewNote) {
    problems.push(`${where}: rejected without a review note`);
  }
  for (const v of line.variants) {
    if (
      v.price[0] > v.price[1] ||
      v.moq <= 0 ||
      v.cap < 0 ||
      variantNameVi(line, v.vi).length > 200
    ) {
      problems.push(`${where} ${v.vi}: price, MOQ, capacity or name length`);
    }
  }
}

/** Throws with every problem found: the data is hand-written, the seed must not store a wrong fact. */
export function validateCatalogue(demoProvinces: ReadonlyMap<string, string>): void {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const producer of catalogueProducers) {
    if (keys.has(producer.key)) {
      problems.push(`duplicate producer key ${producer.key}`);
    }
    keys.add(producer.key);
    if (!provinceByCode(producer.province)) {
      problems.push(`${producer.key}: unknown province ${producer.province}`);
    }
    for (const line of producer.lines) {
      checkLine(line, producer.province, problems);
    }
  }
  for (const { key, lines } of demoProducerLines) {
    const province = demoProvinces.get(key);
    if (!province) {
      problems.push(`demo producer ${key} is not seeded`);
      continue;
    }
    for (const line of lines) {
      checkLine(line, province, problems);
    }
  }
  if (problems.length > 0) {
    throw new Error(`demo catalogue:\n${problems.join('\n')}`);
  }
}

const DAY = 86_400_000;

const rejectionNotes = [
  'Ảnh sản phẩm chưa có nhãn mặt sau; bổ sung ảnh nhãn có số tự công bố, ngày sản xuất và hạn dùng.',
  'Giá đang tính theo kg nhưng đơn vị bán là thùng; sửa lại đơn vị hoặc khoảng giá rồi gửi duyệt lại.',
  'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đã hết hạn; tải lên bản còn hiệu lực.',
  'Mô tả ghi công dụng chữa bệnh, không được phép với sản phẩm này; sửa mô tả.',
];

type ProductPlan = { ordinal: number; line: CatalogueLine; province: string };

/**
 * Status and review timestamps of the `ordinal`-th catalogue product: a verified producer's are
 * mostly published (some in review, some drafts, a few rejected), a pending producer's first line
 * waits for review and the rest are drafts. Deterministic, so re-planning gives the same catalogue.
 */
function reviewState(
  plan: ProductPlan,
  lineIndex: number,
  producerStatus: VerificationStatus,
  now: number,
  reviewerId: string | null,
): Pick<
  NewProductRow,
  | 'status'
  | 'reviewNote'
  | 'reviewedBy'
  | 'reviewedAt'
  | 'submittedAt'
  | 'publishedAt'
  | 'createdAt'
  | 'updatedAt'
> {
  const k = plan.ordinal;
  let status: Exclude<ProductStatus, 'archived'>;
  if (plan.line.status) {
    status = plan.line.status;
  } else if (producerStatus !== 'verified') {
    status = lineIndex === 0 ? 'pending_review' : 'draft';
  } else if (k % 19 === 4) {
    status = 'pending_review';
  } else if (k % 29 === 9) {
    status = 'draft';
  } else if (k % 43 === 17) {
    status = 'rejected';
  } else {
    status = 'published';
  }
  const at = (daysAgo: number, hours = 0) => new Date(now - daysAgo * DAY - hours * 3_600_000);
  switch (status) {
    case 'published': {
      const published = 10 + ((k * 37) % 420);
      return {
        status,
        reviewNote: null,
        reviewedBy: reviewerId,
        reviewedAt: at(published, k % 9),
        submittedAt: at(published + 1 + (k % 3), k % 7),
        publishedAt: at(published, k % 9),
        createdAt: at(published + 4 + (k % 6)),
        updatedAt: at(published, k % 9),
      };
    }
    case 'rejected': {
      const created = 20 + (k % 60);
      return {
        status,
        reviewNote: plan.line.reviewNote ?? rejectionNotes[k % rejectionNotes.length]!,
        reviewedBy: reviewerId,
        reviewedAt: at(created - 3),
        submittedAt: at(created - 1),
        publishedAt: null,
        createdAt: at(created),
        updatedAt: at(created - 3),
      };
    }
    case 'pending_review': {
      const created = 2 + (k % 20);
      return {
        status,
        reviewNote: null,
        reviewedBy: null,
        reviewedAt: null,
        submittedAt: at(created - 1, k % 5),
        publishedAt: null,
        createdAt: at(created),
        updatedAt: at(created - 1, k % 5),
      };
    }
    case 'draft': {
      const created = 1 + (k % 30);
      return {
        status,
        reviewNote: null,
        reviewedBy: null,
        reviewedAt: null,
        submittedAt: null,
        publishedAt: null,
        createdAt: at(created),
        updatedAt: at(created),
      };
    }
  }
}

const allMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** The product rows of one producer's lines (every variant one row), `public_facts` set on published ones. */
function productRows(
  producerOrgId: string,
  producerStatus: VerificationStatus,
  province: string,
  lines: readonly CatalogueLine[],
  nextOrdinal: () => number,
  now: number,
  reviewerId: string | null,
): NewProductRow[] {
  const rows: NewProductRow[] = [];
  lines.forEach((line, lineIndex) => {
    const category = categoryByCode(line.cat)!;
    const legacy = legacyProvinceOf(line, province);
    for (const variant of line.variants) {
      const review = reviewState(
        { ordinal: nextOrdinal(), line, province },
        lineIndex,
        producerStatus,
        now,
        reviewerId,
      );
      const row: NewProductRow = {
        id: uuidv7(),
        producerOrgId,
        nameVi: variantNameVi(line, variant.vi),
        nameEn: variantNameEn(line, variant.en),
        descriptionVi: variant.note ? `${line.desc} ${variant.note}` : line.desc,
        descriptionEn: line.descEn ?? null,
        ocopGroup: category.group,
        category: line.cat,
        ocopStars: line.stars,
        provinceCode: province,
        originLegacyProvince: legacy,
        monthsAvailable: line.months ? [...line.months].sort((a, b) => a - b) : allMonths,
        hsCode: line.hs ?? null,
        unit: variant.unit,
        moq: variant.moq,
        monthlyCapacity: variant.cap,
        leadTimeDays: variant.lead,
        priceMin: variant.price[0],
        priceMax: variant.price[1],
        currency: 'VND',
        shelfLifeDays: line.shelf,
        storage: line.storage ?? 'ambient',
        packaging: variant.pack,
        exportedTo: [...(line.exportedTo ?? [])],
        version: 1,
        ...review,
      };
      row.publicFacts = review.status === 'published' ? productFacts(row as ProductRow) : null;
      rows.push(row);
    }
  });
  return rows;
}

/** "0912 345 678"-style mobile numbers, one per catalogue producer. */
function demoPhone(index: number): string {
  const prefixes = ['0912', '0983', '0975', '0868', '0945', '0965', '0353', '0337', '0839', '0916'];
  return `${prefixes[index % prefixes.length]} ${100 + ((index * 137) % 900)} ${100 + ((index * 311 + 7) % 900)}`;
}

function producerAddress(locality: string, province: string): string {
  const p = provinceByCode(province)!;
  const unit = p.city
    ? p.vi.startsWith('Thành phố')
      ? p.vi
      : `thành phố ${p.vi}`
    : `tỉnh ${p.vi}`;
  return `${locality}, ${unit}`;
}

export type DemoProducerRef = { id: string; province: string; status: VerificationStatus };

export type CatalogueSeedResult = { organizations: number; products: number };

const BATCH = 500;

/**
 * Seeds the catalogue in one transaction. `demoProducers` are the demo accounts' producer
 * organizations by their demo.ts key; `reviewerId` (the demo coordinator) signs verifications and
 * reviews.
 */
export async function seedDemoCatalogue(
  db: Db,
  options: {
    demoProducers: ReadonlyMap<string, DemoProducerRef>;
    reviewerId: string | null;
    now?: Date;
  },
): Promise<CatalogueSeedResult> {
  validateCatalogue(new Map([...options.demoProducers].map(([key, ref]) => [key, ref.province])));
  const now = (options.now ?? new Date()).getTime();
  const verifiedAt = new Date(now);
  const { reviewerId } = options;
  let ordinal = 0;
  const nextOrdinal = () => ordinal++;

  return db.transaction(async (tx) => {
    const producerCodes = catalogueProducers.map((_, i) => producerTaxCode(i));
    const distributorCodes = catalogueDistributors.map((_, i) => distributorTaxCode(i));
    const existing = new Set(
      (
        await tx
          .select({ taxCode: organizations.taxCode })
          .from(organizations)
          .where(inArray(organizations.taxCode, [...producerCodes, ...distributorCodes]))
      ).map((r) => r.taxCode),
    );

    const newOrganizations: (typeof organizations.$inferInsert)[] = [];
    const newProducts: NewProductRow[] = [];
    catalogueProducers.forEach((producer, i) => {
      const id = uuidv7();
      const isNew = !existing.has(producerCodes[i]!);
      // Plan every producer's products, new or not, so each product keeps its ordinal (and status).
      const rows = productRows(
        id,
        producer.status,
        producer.province,
        producer.lines,
        nextOrdinal,
        now,
        reviewerId,
      );
      if (!isNew) {
        return;
      }
      newOrganizations.push({
        id,
        kind: 'producer',
        legalName: producer.legalName,
        tradingName: producer.tradingName ?? null,
        taxCode: producerCodes[i]!,
        provinceCode: producer.province,
        address: producerAddress(producer.locality, producer.province),
        country: 'VN',
        legalForm: producer.form,
        descriptionVi: producer.descVi,
        descriptionEn: producer.descEn ?? null,
        contactName: producer.contact,
        contactPhone: producer.phone ?? demoPhone(i),
        website: producer.website ?? null,
        retailReadiness:
          typeof producer.readiness === 'string'
            ? readinessPresets[producer.readiness]
            : producer.readiness,
        verificationStatus: producer.status,
        verificationNote: producer.verificationNote ?? null,
        verifiedBy: producer.status === 'verified' ? reviewerId : null,
        verifiedAt: producer.status === 'verified' ? verifiedAt : null,
      });
      newProducts.push(...rows);
    });
    catalogueDistributors.forEach((distributor, i) => {
      if (existing.has(distributorCodes[i]!)) {
        return;
      }
      newOrganizations.push({
        id: uuidv7(),
        kind: 'distributor',
        legalName: distributor.legalName,
        tradingName: distributor.tradingName ?? null,
        taxCode: distributorCodes[i]!,
        provinceCode: distributor.province,
        address: distributor.address,
        country: distributor.country,
        channel: distributor.channel,
        descriptionVi: distributor.descVi,
        descriptionEn: distributor.descEn ?? null,
        contactName: distributor.contact,
        contactPhone: distributor.phone,
        website: distributor.website ?? null,
        verificationStatus: distributor.status,
        verifiedBy: distributor.status === 'verified' ? reviewerId : null,
        verifiedAt: distributor.status === 'verified' ? verifiedAt : null,
      });
    });

    // The demo accounts' producers: add the catalogue products they do not have by name.
    const demoIds = demoProducerLines.flatMap(({ key }) => {
      const ref = options.demoProducers.get(key);
      return ref ? [ref.id] : [];
    });
    const have = new Set(
      demoIds.length === 0
        ? []
        : (
            await tx
              .select({ producerOrgId: products.producerOrgId, nameVi: products.nameVi })
              .from(products)
              .where(inArray(products.producerOrgId, demoIds))
          ).map((r) => `${r.producerOrgId}\u0000${r.nameVi}`),
    );
    for (const { key, lines } of demoProducerLines) {
      const ref = options.demoProducers.get(key)!;
      const rows = productRows(
        ref.id,
        ref.status,
        ref.province,
        lines,
        nextOrdinal,
        now,
        reviewerId,
      );
      newProducts.push(
        ...rows.filter((row) => !have.has(`${row.producerOrgId}\u0000${row.nameVi}`)),
      );
    }

    for (let i = 0; i < newOrganizations.length; i += BATCH) {
      await tx.insert(organizations).values(newOrganizations.slice(i, i + BATCH));
    }
    for (let i = 0; i < newProducts.length; i += BATCH) {
      await tx.insert(products).values(newProducts.slice(i, i + BATCH));
    }
    return { organizations: newOrganizations.length, products: newProducts.length };
  });
}
