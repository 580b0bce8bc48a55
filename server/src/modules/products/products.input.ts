import type { CreateProductBody, ProductFacts, UpdateProductBody } from '@ketnoi/shared';
import { categoryByCode, provinceByCode, resolveProvince } from '@ketnoi/shared/reference';
import { isValidHsCode, normalizeHsCode } from '@ketnoi/shared/validation';
import { fieldError } from '../../lib/errors.ts';
import { resolveProvinceField } from '../organizations/organizations.input.ts';
import type { NewProductRow, ProductRow } from './products.repository.ts';

type ProductInput = Partial<Omit<CreateProductBody, never>> | Omit<UpdateProductBody, 'version'>;

/**
 * Checks what JSON Schema cannot — the category belongs to the group, the HS code has 6–10
 * digits, the legacy province really was merged into the province of origin, the price range
 * is ordered — and maps the input onto columns. `current` is the row being edited, so that a
 * partial update is checked against the values it keeps.
 */
export function toProductColumns(
  input: ProductInput,
  current?: ProductRow,
): Partial<NewProductRow> {
  const { province, hsCode, ...rest } = input;
  const columns: Partial<NewProductRow> = { ...rest };
  if (province !== undefined) {
    columns.provinceCode = resolveProvinceField(province, '/province');
    // "Vải thiều Bắc Giang": a province typed by its pre-2025 name is the name the product
    // carries, so it is kept as the legacy province unless one was given explicitly.
    const former = formerProvinceName(province);
    if (former && columns.originLegacyProvince === undefined) {
      columns.originLegacyProvince = former;
    }
  }
  if (columns.originLegacyProvince) {
    // Stored in the reference spelling ("bac giang" → "Bắc Giang"), so search and badges agree.
    columns.originLegacyProvince =
      resolveProvince(columns.originLegacyProvince)?.matchedAlias ?? columns.originLegacyProvince;
  }
  if (hsCode !== undefined) {
    if (hsCode === null || hsCode.trim() === '') {
      columns.hsCode = null;
    } else if (!isValidHsCode(normalizeHsCode(hsCode))) {
      throw fieldError('INVALID_HS_CODE', '/hsCode', {
        vi: 'Mã HS phải gồm 6 đến 10 chữ số',
        en: 'The HS code must have 6 to 10 digits',
      });
    } else {
      columns.hsCode = normalizeHsCode(hsCode);
    }
  }
  const group = columns.ocopGroup ?? current?.ocopGroup;
  const category = columns.category ?? current?.category;
  if (category !== undefined && categoryByCode(category)?.group !== group) {
    throw fieldError('VALIDATION_FAILED', '/category', {
      vi: 'Danh mục không thuộc nhóm OCOP đã chọn',
      en: 'The category does not belong to the chosen OCOP group',
    });
  }
  const provinceCode = columns.provinceCode ?? current?.provinceCode;
  const legacy =
    columns.originLegacyProvince === undefined
      ? current?.originLegacyProvince
      : columns.originLegacyProvince;
  if (legacy) {
    const match = resolveProvince(legacy);
    if (!match || match.province.code !== provinceCode) {
      throw fieldError('VALIDATION_FAILED', '/originLegacyProvince', {
        vi: 'Tỉnh cũ phải là tỉnh đã sáp nhập vào tỉnh xuất xứ',
        en: 'The former province must be one merged into the province of origin',
      });
    }
  }
  const priceMin = columns.priceMin === undefined ? current?.priceMin : columns.priceMin;
  const priceMax = columns.priceMax === undefined ? current?.priceMax : columns.priceMax;
  if (typeof priceMin === 'number' && typeof priceMax === 'number' && priceMin > priceMax) {
    throw fieldError('VALIDATION_FAILED', '/priceMax', {
      vi: 'Giá tối đa phải lớn hơn hoặc bằng giá tối thiểu',
      en: 'The maximum price must not be below the minimum price',
    });
  }
  if (columns.monthsAvailable) {
    columns.monthsAvailable = [...columns.monthsAvailable].sort((a, b) => a - b);
  }
  return columns;
}

/** The pre-2025 province a name refers to ("Bắc Giang", "tỉnh Bắc Kạn"); not colloquial names like "Sài Gòn". */
function formerProvinceName(input: string): string | undefined {
  const match = resolveProvince(input);
  if (!match?.matchedAlias) {
    return undefined;
  }
  const { absorbed, formedFrom } = match.province;
  return absorbed.includes(match.matchedAlias) ||
    formedFrom.some((f) => f.vi === match.matchedAlias)
    ? match.matchedAlias
    : undefined;
}

/** The buyer-facing facts of a row: what approval freezes into `public_facts`. */
export function productFacts(row: ProductRow): ProductFacts {
  return {
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    descriptionVi: row.descriptionVi,
    descriptionEn: row.descriptionEn,
    ocopGroup: row.ocopGroup,
    category: row.category,
    ocopStars: row.ocopStars,
    province: row.provinceCode,
    region: provinceByCode(row.provinceCode)?.region ?? '',
    originLegacyProvince: row.originLegacyProvince,
    monthsAvailable: row.monthsAvailable,
    hsCode: row.hsCode,
    unit: row.unit,
    moq: row.moq,
    monthlyCapacity: row.monthlyCapacity,
    leadTimeDays: row.leadTimeDays,
    priceMin: row.priceMin,
    priceMax: row.priceMax,
    currency: row.currency,
    shelfLifeDays: row.shelfLifeDays,
    storage: row.storage,
    packaging: row.packaging,
    exportedTo: row.exportedTo,
  };
}
