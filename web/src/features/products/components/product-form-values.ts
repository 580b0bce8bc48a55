import Type from 'typebox';
import { toMajorUnits, toMinorUnits } from '@/lib/format';
import { trimStrings } from '@/lib/form';
import type { CreateProductBody, Product, UpdateProductBody } from '@/types/api';

/** What the inputs hold: text as typed (numbers too), months and markets as lists. */
export type ProductValues = {
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
  descriptionEn: string;
  ocopGroup: string;
  category: string;
  ocopStars: string;
  province: string;
  originLegacyProvince: string;
  monthsAvailable: string[];
  hsCode: string;
  unit: string;
  moq: string;
  monthlyCapacity: string;
  leadTimeDays: string;
  priceMin: string;
  priceMax: string;
  currency: string;
  shelfLifeDays: string;
  storage: string;
  packaging: string;
  exportedTo: string[];
};

export const ALL_MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];

export function emptyProductValues(province = ''): ProductValues {
  return {
    nameVi: '',
    nameEn: '',
    descriptionVi: '',
    descriptionEn: '',
    ocopGroup: '',
    category: '',
    ocopStars: '',
    province,
    originLegacyProvince: '',
    monthsAvailable: [...ALL_MONTHS],
    hsCode: '',
    unit: 'kg',
    moq: '',
    monthlyCapacity: '',
    leadTimeDays: '',
    priceMin: '',
    priceMax: '',
    currency: 'VND',
    shelfLifeDays: '',
    storage: 'ambient',
    packaging: '',
    exportedTo: [],
  };
}

const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
const price = (value: number | null, currency: string) =>
  value === null ? '' : String(toMajorUnits(value, currency));

export function toProductValues(product: Product): ProductValues {
  return {
    nameVi: product.nameVi,
    nameEn: product.nameEn ?? '',
    descriptionVi: product.descriptionVi,
    descriptionEn: product.descriptionEn ?? '',
    ocopGroup: product.ocopGroup,
    category: product.category,
    ocopStars: text(product.ocopStars),
    province: product.province,
    originLegacyProvince: product.originLegacyProvince ?? '',
    monthsAvailable: product.monthsAvailable.map(String),
    hsCode: product.hsCode ?? '',
    unit: product.unit,
    moq: text(product.moq),
    monthlyCapacity: text(product.monthlyCapacity),
    leadTimeDays: text(product.leadTimeDays),
    priceMin: price(product.priceMin, product.currency),
    priceMax: price(product.priceMax, product.currency),
    currency: product.currency,
    shelfLifeDays: text(product.shelfLifeDays),
    storage: product.storage,
    packaging: product.packaging ?? '',
    exportedTo: [...product.exportedTo],
  };
}

const DECIMAL = '\\d+([.,]\\d+)?';
const optional = (pattern: string) => `^$|^${pattern}$`;

/** The form's rules, on the text as typed; the server checks the rest (category ∈ group, HS digits). */
export const productValuesSchema = Type.Object({
  nameVi: Type.String({ minLength: 2, maxLength: 200 }),
  nameEn: Type.String({ maxLength: 200 }),
  descriptionVi: Type.String({ minLength: 1, maxLength: 10_000 }),
  descriptionEn: Type.String({ maxLength: 10_000 }),
  ocopGroup: Type.String({ minLength: 1 }),
  category: Type.String({ minLength: 1 }),
  ocopStars: Type.String(),
  province: Type.String({ minLength: 1 }),
  originLegacyProvince: Type.String({ maxLength: 80 }),
  monthsAvailable: Type.Array(Type.String(), { minItems: 1, errorKey: 'chooseOne' }),
  hsCode: Type.String({ pattern: '^$|^[0-9][0-9. ]{4,14}[0-9]$', errorKey: 'hsCode' }),
  unit: Type.String({ minLength: 1 }),
  moq: Type.String({
    pattern: `^(?![0.,]+$)${DECIMAL}$`,
    errorKey: 'positiveNumber',
  }),
  monthlyCapacity: Type.String({ pattern: optional(DECIMAL), errorKey: 'number' }),
  leadTimeDays: Type.String({ pattern: optional('\\d{1,3}'), errorKey: 'integer' }),
  priceMin: Type.String({ pattern: optional(DECIMAL), errorKey: 'number' }),
  priceMax: Type.String({ pattern: optional(DECIMAL), errorKey: 'number' }),
  currency: Type.String({ minLength: 1 }),
  shelfLifeDays: Type.String({ pattern: optional('[1-9]\\d{0,3}'), errorKey: 'integer' }),
  storage: Type.String({ minLength: 1 }),
  packaging: Type.String({ maxLength: 300 }),
  exportedTo: Type.Array(Type.String()),
});

export const prepareProductValues = (values: ProductValues): ProductValues => trimStrings(values);

const decimal = (value: string) => Number(value.replace(',', '.'));
const orNull = (value: string) => (value === '' ? null : value);

/** The body the API takes, from validated values: numbers parsed, prices in the smallest unit. */
export function toProductBody(values: ProductValues): CreateProductBody {
  const money = (value: string) =>
    value === '' ? null : toMinorUnits(decimal(value), values.currency);
  return {
    nameVi: values.nameVi,
    nameEn: orNull(values.nameEn),
    descriptionVi: values.descriptionVi,
    descriptionEn: orNull(values.descriptionEn),
    ocopGroup: values.ocopGroup as CreateProductBody['ocopGroup'],
    category: values.category as CreateProductBody['category'],
    ocopStars: values.ocopStars === '' ? null : (Number(values.ocopStars) as 3 | 4 | 5),
    province: values.province,
    originLegacyProvince: orNull(values.originLegacyProvince),
    monthsAvailable: values.monthsAvailable.map(Number).sort((a, b) => a - b),
    hsCode: orNull(values.hsCode),
    unit: values.unit as CreateProductBody['unit'],
    moq: decimal(values.moq),
    monthlyCapacity: values.monthlyCapacity === '' ? 0 : decimal(values.monthlyCapacity),
    leadTimeDays: values.leadTimeDays === '' ? 0 : Number(values.leadTimeDays),
    priceMin: money(values.priceMin),
    priceMax: money(values.priceMax),
    currency: values.currency as CreateProductBody['currency'],
    shelfLifeDays: values.shelfLifeDays === '' ? null : Number(values.shelfLifeDays),
    storage: values.storage as CreateProductBody['storage'],
    packaging: orNull(values.packaging),
    exportedTo: [...values.exportedTo].sort(),
  };
}

/** Only what changed since `product` was loaded, with its version: the server refuses a stale write. */
export function toProductPatch(product: Product, values: ProductValues): UpdateProductBody | null {
  const before = toProductBody(toProductValues(product));
  const after = toProductBody(values);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof CreateProductBody)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) {
      changes[key] = after[key];
    }
  }
  if (Object.keys(changes).length === 0) {
    return null;
  }
  return { ...changes, version: product.version };
}

export const productFieldPaths = Object.keys(emptyProductValues()).map((key) => `/${key}`);
