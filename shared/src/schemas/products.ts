import { Type, type Static } from 'typebox';
import {
  currencyCodes,
  ocopGroupCodes,
  productCategoryCodes,
  unitCodes,
} from '../reference/index.ts';
import {
  IdSchema,
  LongText,
  Nullable,
  PageSchema,
  Text,
  TimestampSchema,
  VersionSchema,
} from './common.ts';
import { ProducerResponsivenessSchema } from './samples.ts';

export const productStatuses = [
  'draft',
  'pending_review',
  'published',
  'rejected',
  'archived',
] as const;
export type ProductStatus = (typeof productStatuses)[number];
export const ProductStatusSchema = Type.Enum(productStatuses);

export const storageModes = ['ambient', 'chilled', 'frozen'] as const;
export type StorageMode = (typeof storageModes)[number];
export const StorageModeSchema = Type.Enum(storageModes);

export const CountryCodeSchema = Type.String({
  pattern: '^[A-Z]{2}$',
  description: 'ISO 3166-1 alpha-2',
});
export const MonthSchema = Type.Integer({ minimum: 1, maximum: 12 });

/** Money is an integer in the currency's smallest unit (đồng, cents). */
export const MoneySchema = Type.Integer({ minimum: 0, maximum: 1_000_000_000_000 });

/**
 * What a producer writes about a product. All buyer-facing: editing any of them on a published
 * product sends it back to review while the last approved version stays public.
 */
const productFields = {
  nameVi: Text({ minLength: 2, maxLength: 200 }),
  nameEn: Nullable(Text({ maxLength: 200 })),
  descriptionVi: LongText({ minLength: 1, maxLength: 10_000 }),
  descriptionEn: Nullable(LongText({ maxLength: 10_000 })),
  ocopGroup: Type.Enum(ocopGroupCodes),
  category: Type.Enum(productCategoryCodes),
  ocopStars: Nullable(Type.Enum([3, 4, 5])),
  province: Text({
    minLength: 1,
    maxLength: 80,
    description: 'Province of origin: code or name; pre-2025 names accepted',
  }),
  originLegacyProvince: Nullable(
    Text({
      maxLength: 80,
      description:
        'The pre-2025 province the product name carries, e.g. "Bắc Giang" for vải thiều Bắc Giang',
    }),
  ),
  monthsAvailable: Type.Array(MonthSchema, { minItems: 1, maxItems: 12, uniqueItems: true }),
  hsCode: Nullable(
    Type.String({ maxLength: 20, description: 'HS code, 6–10 digits (dots and spaces allowed)' }),
  ),
  unit: Type.Enum(unitCodes),
  moq: Type.Number({
    exclusiveMinimum: 0,
    maximum: 1e9,
    description: 'Minimum order quantity, in `unit`',
  }),
  monthlyCapacity: Type.Number({ minimum: 0, maximum: 1e10, description: 'In `unit` per month' }),
  leadTimeDays: Type.Integer({ minimum: 0, maximum: 365 }),
  priceMin: Nullable(MoneySchema),
  priceMax: Nullable(MoneySchema),
  currency: Type.Enum(currencyCodes),
  shelfLifeDays: Nullable(Type.Integer({ minimum: 1, maximum: 3650 })),
  storage: StorageModeSchema,
  packaging: Nullable(Text({ maxLength: 300 })),
  exportedTo: Type.Array(CountryCodeSchema, { maxItems: 100, uniqueItems: true }),
};

export const CreateProductBodySchema = Type.Object(
  {
    nameVi: productFields.nameVi,
    descriptionVi: productFields.descriptionVi,
    ocopGroup: productFields.ocopGroup,
    category: productFields.category,
    province: productFields.province,
    unit: productFields.unit,
    moq: productFields.moq,
    nameEn: Type.Optional(productFields.nameEn),
    descriptionEn: Type.Optional(productFields.descriptionEn),
    ocopStars: Type.Optional(productFields.ocopStars),
    originLegacyProvince: Type.Optional(productFields.originLegacyProvince),
    monthsAvailable: Type.Optional(productFields.monthsAvailable),
    hsCode: Type.Optional(productFields.hsCode),
    monthlyCapacity: Type.Optional(productFields.monthlyCapacity),
    leadTimeDays: Type.Optional(productFields.leadTimeDays),
    priceMin: Type.Optional(productFields.priceMin),
    priceMax: Type.Optional(productFields.priceMax),
    currency: Type.Optional(productFields.currency),
    shelfLifeDays: Type.Optional(productFields.shelfLifeDays),
    storage: Type.Optional(productFields.storage),
    packaging: Type.Optional(productFields.packaging),
    exportedTo: Type.Optional(productFields.exportedTo),
  },
  { additionalProperties: false },
);
export type CreateProductBody = Static<typeof CreateProductBodySchema>;

export const UpdateProductBodySchema = Type.Object(
  {
    version: VersionSchema,
    nameVi: Type.Optional(productFields.nameVi),
    descriptionVi: Type.Optional(productFields.descriptionVi),
    ocopGroup: Type.Optional(productFields.ocopGroup),
    category: Type.Optional(productFields.category),
    province: Type.Optional(productFields.province),
    unit: Type.Optional(productFields.unit),
    moq: Type.Optional(productFields.moq),
    nameEn: Type.Optional(productFields.nameEn),
    descriptionEn: Type.Optional(productFields.descriptionEn),
    ocopStars: Type.Optional(productFields.ocopStars),
    originLegacyProvince: Type.Optional(productFields.originLegacyProvince),
    monthsAvailable: Type.Optional(productFields.monthsAvailable),
    hsCode: Type.Optional(productFields.hsCode),
    monthlyCapacity: Type.Optional(productFields.monthlyCapacity),
    leadTimeDays: Type.Optional(productFields.leadTimeDays),
    priceMin: Type.Optional(productFields.priceMin),
    priceMax: Type.Optional(productFields.priceMax),
    currency: Type.Optional(productFields.currency),
    shelfLifeDays: Type.Optional(productFields.shelfLifeDays),
    storage: Type.Optional(productFields.storage),
    packaging: Type.Optional(productFields.packaging),
    exportedTo: Type.Optional(productFields.exportedTo),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateProductBody = Static<typeof UpdateProductBodySchema>;

export const VersionBodySchema = Type.Object(
  { version: VersionSchema },
  { additionalProperties: false },
);

export const ProductImageSchema = Type.Object({
  id: IdSchema,
  position: Type.Integer(),
  isCover: Type.Boolean(),
  width: Type.Integer(),
  height: Type.Integer(),
  urls: Type.Object({ small: Type.String(), large: Type.String() }),
});
export type ProductImage = Static<typeof ProductImageSchema>;

export const ProducerSummarySchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  province: Type.String(),
  verified: Type.Boolean(),
  /** On the product page: the producer's answer rate and median hours to answer samples. */
  responsiveness: Type.Optional(ProducerResponsivenessSchema),
});

/** The buyer-facing facts of a product, as the public sees its last approved version. */
export const ProductFactsSchema = Type.Object({
  nameVi: Type.String(),
  nameEn: Nullable(Type.String()),
  descriptionVi: Type.String(),
  descriptionEn: Nullable(Type.String()),
  ocopGroup: Type.String(),
  category: Type.String(),
  ocopStars: Nullable(Type.Integer()),
  province: Type.String(),
  region: Type.String(),
  originLegacyProvince: Nullable(Type.String()),
  monthsAvailable: Type.Array(Type.Integer()),
  hsCode: Nullable(Type.String()),
  unit: Type.String(),
  moq: Type.Number(),
  monthlyCapacity: Type.Number(),
  leadTimeDays: Type.Integer(),
  priceMin: Nullable(Type.Integer()),
  priceMax: Nullable(Type.Integer()),
  currency: Type.String(),
  shelfLifeDays: Nullable(Type.Integer()),
  storage: StorageModeSchema,
  packaging: Nullable(Type.String()),
  exportedTo: Type.Array(Type.String()),
});
export type ProductFacts = Static<typeof ProductFactsSchema>;

export const ProductSchema = Type.Object({
  id: IdSchema,
  producer: ProducerSummarySchema,
  status: ProductStatusSchema,
  ...ProductFactsSchema.properties,
  images: Type.Array(ProductImageSchema),
  /**
   * Scheme codes of the certificates that count today: verified and unexpired (Asia/Ho_Chi_Minh),
   * the product's own and its producer's producer-level ones; sorted, each once.
   */
  certifications: Type.Optional(Type.Array(Type.String())),
  /** True while a version of this product is visible to the public. */
  isPublic: Type.Boolean(),
  reviewNote: Type.Optional(Nullable(Type.String())),
  submittedAt: Type.Optional(Nullable(TimestampSchema)),
  publishedAt: Nullable(TimestampSchema),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Product = Static<typeof ProductSchema>;

export const ProductPageSchema = PageSchema(ProductSchema);
export type ProductPage = Static<typeof ProductPageSchema>;

export const ListProductsQuerySchema = Type.Object(
  {
    status: Type.Optional(ProductStatusSchema),
    producerId: Type.Optional(IdSchema),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListProductsQuery = Static<typeof ListProductsQuerySchema>;

export const ReviewProductsQuerySchema = Type.Object(
  {
    status: Type.Enum(['pending_review', 'published', 'rejected'], { default: 'pending_review' }),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ReviewProductsQuery = Static<typeof ReviewProductsQuerySchema>;

export const ApproveProductBodySchema = Type.Object(
  { version: VersionSchema, note: Type.Optional(LongText({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export const RejectProductBodySchema = Type.Object(
  { version: VersionSchema, reason: LongText({ minLength: 3, maxLength: 2000 }) },
  { additionalProperties: false },
);

/**
 * Product image rules, shared so the web app can check a file before sending it. The server
 * detects the type from the bytes, never from the name or the declared Content-Type.
 */
export const productImageRules = {
  maxImages: 8,
  /** 10 MiB per file. */
  maxBytes: 10 * 1024 * 1024,
  /** width × height of the (first frame of the) upload; far below what would exhaust memory when decoded. */
  maxPixels: 40_000_000,
  /** Longest side: WebP cannot encode more than 16383 px. */
  maxSide: 16_383,
  types: ['image/jpeg', 'image/png', 'image/webp'],
} as const;

export const ProductImageParamsSchema = Type.Object(
  { id: IdSchema, imageId: IdSchema },
  { additionalProperties: false },
);
export type ProductImageParams = Static<typeof ProductImageParamsSchema>;

/** Every image of the product exactly once, in the new order; the first becomes the cover. */
export const ReorderProductImagesBodySchema = Type.Object(
  {
    imageIds: Type.Array(IdSchema, {
      maxItems: productImageRules.maxImages,
      uniqueItems: true,
      description: "All of the product's image ids in the new order; the first is the cover",
    }),
  },
  { additionalProperties: false },
);
export type ReorderProductImagesBody = Static<typeof ReorderProductImagesBodySchema>;

export const ProductImageListSchema = Type.Array(ProductImageSchema);
