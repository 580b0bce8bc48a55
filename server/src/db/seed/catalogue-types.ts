/**
 * The shapes of the hand-curated demo catalogue (catalogue-<region>.ts, catalogue-distributors.ts,
 * assembled by demo-catalogue.ts). A producer lists product *lines* (one specialty, one
 * description); each line has one or more *variants* (grade, size, packaging) and every variant
 * becomes one product row, named `${line.vi} ${variant.vi}`.
 */
import type {
  DistributorChannel,
  LegalForm,
  RetailReadiness,
  StorageMode,
  VerificationStatus,
} from '@ketnoi/shared';
import type { ProductCategoryCode, ProvinceCode, UnitCode } from '@ketnoi/shared/reference';

export type CatalogueVariant = {
  /** Appended to the line's name: "loại đặc biệt – túi 200 g". Empty: the line's name alone. */
  vi: string;
  en: string;
  unit: UnitCode;
  moq: number;
  /** Monthly capacity, in `unit`. */
  cap: number;
  /** Lead time, days. */
  lead: number;
  /** Price range per `unit`, in đồng. */
  price: readonly [number, number];
  pack: string;
  /** One more sentence for the description (what this grade or size is for). */
  note?: string;
};

export type CatalogueLine = {
  vi: string;
  en: string;
  cat: ProductCategoryCode;
  /** OCOP stars; null = not (yet) rated. */
  stars: 3 | 4 | 5 | null;
  /** Harvest or production season; omitted = all year. */
  months?: readonly number[];
  hs?: string;
  /** The pre-2025 province the name carries (must be one merged into the producer's province). */
  legacy?: string;
  storage?: StorageMode;
  /** Days; null = does not perish (crafts, plants, tours). */
  shelf: number | null;
  exportedTo?: readonly string[];
  /** Two sentences in Vietnamese, real ones. */
  desc: string;
  descEn?: string;
  /**
   * Review state of every variant of this line. Omitted: the assembler decides (a verified
   * producer's products are mostly published, a few in review, drafts or rejected; a pending
   * producer's are in review or drafts).
   */
  status?: 'draft' | 'pending_review' | 'published' | 'rejected';
  /** Why a coordinator rejected it (status `rejected`). */
  reviewNote?: string;
  variants: readonly CatalogueVariant[];
};

export type ReadinessLevel = 'none' | 'basic' | 'good' | 'retail' | 'export';

export const readinessPresets: Record<ReadinessLevel, RetailReadiness> = {
  /** A small cooperative or household: cash on delivery, no VAT invoice, no barcode. */
  none: {
    canIssueVatInvoice: false,
    hasGs1Barcode: false,
    hasTraceabilityStamp: false,
    maxPaymentDays: 0,
    acceptsConsignment: false,
    promotionBudgetPercent: 0,
  },
  /** Has a barcode and a traceability stamp from the OCOP programme, still no VAT invoice. */
  basic: {
    canIssueVatInvoice: false,
    hasGs1Barcode: true,
    hasTraceabilityStamp: true,
    maxPaymentDays: 7,
    acceptsConsignment: false,
    promotionBudgetPercent: 0,
  },
  /** Invoices, barcodes, 15–30 days of credit. */
  good: {
    canIssueVatInvoice: true,
    hasGs1Barcode: true,
    hasTraceabilityStamp: true,
    maxPaymentDays: 30,
    acceptsConsignment: false,
    promotionBudgetPercent: 3,
  },
  /** Supermarket-ready: 45–60 days, consignment, a promotion budget. */
  retail: {
    canIssueVatInvoice: true,
    hasGs1Barcode: true,
    hasTraceabilityStamp: true,
    maxPaymentDays: 60,
    acceptsConsignment: true,
    promotionBudgetPercent: 8,
  },
  /** Exporters: invoices and barcodes, letters of credit rather than long domestic credit. */
  export: {
    canIssueVatInvoice: true,
    hasGs1Barcode: true,
    hasTraceabilityStamp: true,
    maxPaymentDays: 45,
    acceptsConsignment: false,
    promotionBudgetPercent: 5,
  },
};

export type CatalogueProducer = {
  key: string;
  legalName: string;
  tradingName?: string;
  province: ProvinceCode;
  /** "thôn …, xã …" — the province is appended. */
  locality: string;
  form: LegalForm;
  status: VerificationStatus;
  verificationNote?: string;
  contact: string;
  /** Omitted: a deterministic mobile number. */
  phone?: string;
  readiness: ReadinessLevel | RetailReadiness;
  descVi: string;
  descEn?: string;
  website?: string;
  lines: readonly CatalogueLine[];
};

export type CatalogueDistributor = {
  key: string;
  legalName: string;
  tradingName?: string;
  province: ProvinceCode;
  address: string;
  country: string;
  channel: DistributorChannel;
  status: VerificationStatus;
  contact: string;
  phone: string;
  descVi: string;
  descEn?: string;
  website?: string;
};

/** The demo accounts' producers (demo.ts keys): their catalogue lines, added to the existing organizations. */
export type DemoProducerKey =
  | 'che-tan-cuong'
  | 'nuoc-mam-phu-quoc'
  | 'mat-ong-bac-kan'
  | 'vai-thieu-luc-ngan'
  | 'ca-phe-buon-ma-thuot';

export type DemoProducerLines = { key: DemoProducerKey; lines: readonly CatalogueLine[] };

/** What each catalogue-<region>.ts exports. */
export type CatalogueRegion = {
  producers: readonly CatalogueProducer[];
  demoProducerLines?: readonly DemoProducerLines[];
};
