import {
  defaultDistributorRequirements,
  type DemandInput,
  type DemandRequirements,
  type DistributorRequirements,
  type UpdateDemandBody,
} from '@ketnoi/shared';
import { categoryByCode } from '@ketnoi/shared/reference';
import { AppError, fieldError, type FieldError } from '../../lib/errors.ts';
import { resolveProvinceField } from '../organizations/organizations.input.ts';
import type { DemandRow, NewDemandRow } from './demands.repository.ts';

type Input = Partial<DemandInput> | Omit<UpdateDemandBody, 'version'>;

/** Each requirement's standing value, and whether the demand's value is at least as strict. */
const notLooser: {
  [K in keyof DistributorRequirements]: (
    demand: DistributorRequirements[K],
    standing: DistributorRequirements[K],
  ) => boolean;
} = {
  requiresVatInvoice: (d, s) => d || !s,
  requiresGs1Barcode: (d, s) => d || !s,
  requiresTraceabilityStamp: (d, s) => d || !s,
  paymentDays: (d, s) => d >= s,
  consignmentOnly: (d, s) => d || !s,
  listingFee: (d, s) => d || !s,
  promotionContributionPercent: (d, s) => d >= s,
  minRemainingShelfLifePercent: (d, s) => d >= s,
  labelLanguages: (d, s) => s.every((language) => d.includes(language)),
};

/**
 * A demand may tighten its organization's standing requirements, never loosen them: every key it
 * sets must be at least as strict as the standing one. All offending keys are reported at once.
 */
export function checkTightening(
  demand: DemandRequirements,
  standing: Partial<DistributorRequirements> | null,
): void {
  const base = { ...defaultDistributorRequirements, ...standing };
  const errors: FieldError[] = [];
  for (const key of Object.keys(notLooser) as (keyof DistributorRequirements)[]) {
    const value = demand[key];
    const check = notLooser[key] as (d: unknown, s: unknown) => boolean;
    if (value !== undefined && !check(value, base[key])) {
      errors.push({
        path: `/requirements/${key}`,
        message: {
          vi: `Yêu cầu của nhu cầu chỉ được chặt hơn yêu cầu chung của tổ chức (hiện là ${JSON.stringify(base[key])})`,
          en: `A demand may only tighten the organization's standing requirements (currently ${JSON.stringify(base[key])})`,
        },
      });
    }
  }
  if (errors.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `${errors[0]!.path}: a demand may only tighten the organization's standing requirements`,
      { errors },
    );
  }
}

/** Resolves codes and names (pre-2025 ones too) to province codes, each once, in the given order. */
function resolveProvinces(inputs: string[]): string[] {
  const codes = inputs.map((input, i) => resolveProvinceField(input, `/preferredProvinces/${i}`));
  return [...new Set(codes)];
}

/**
 * Checks what JSON Schema cannot — the category belongs to the group, the price range is
 * ordered, an Incoterm comes with its named place and only for export, the needed-by date is not
 * past, the requirements only tighten the standing ones — and maps the input onto columns.
 * `current` is the row being edited: a partial update is checked against the values it keeps.
 */
export function toDemandColumns(
  input: Input,
  context: {
    current?: DemandRow;
    standing: Partial<DistributorRequirements> | null;
    today: string;
  },
): Partial<NewDemandRow> {
  const { current } = context;
  const { preferredProvinces, requirements, ...rest } = input;
  const columns: Partial<NewDemandRow> = { ...rest };
  if (columns.title !== undefined) {
    columns.title = columns.title.trim();
  }
  if (preferredProvinces !== undefined) {
    columns.preferredProvinces = resolveProvinces(preferredProvinces);
  }
  const kept = <K extends keyof DemandRow>(key: K): DemandRow[K] | undefined =>
    columns[key] === undefined ? current?.[key] : (columns[key] as DemandRow[K]);

  const category = kept('category');
  if (category) {
    const categoryGroup = categoryByCode(category)?.group;
    const group = kept('ocopGroup');
    if (!group && categoryGroup) {
      // A category alone says which OCOP group it is in.
      columns.ocopGroup = categoryGroup;
    } else if (group !== categoryGroup) {
      throw fieldError('VALIDATION_FAILED', '/category', {
        vi: 'Danh mục không thuộc nhóm OCOP đã chọn',
        en: 'The category does not belong to the chosen OCOP group',
      });
    }
  }
  const priceMin = kept('priceMin');
  const priceMax = kept('priceMax');
  if (typeof priceMin === 'number' && typeof priceMax === 'number' && priceMin > priceMax) {
    throw fieldError('VALIDATION_FAILED', '/priceMax', {
      vi: 'Giá tối đa phải lớn hơn hoặc bằng giá tối thiểu',
      en: 'The maximum price must not be below the minimum price',
    });
  }
  const incoterm = kept('incoterm') ?? null;
  const place = kept('incotermPlace') ?? null;
  if ((incoterm === null) !== (place === null)) {
    throw fieldError('VALIDATION_FAILED', incoterm === null ? '/incoterm' : '/incotermPlace', {
      vi: 'Điều kiện Incoterm và địa điểm phải đi cùng nhau',
      en: 'An Incoterm and its named place go together: give both or neither',
    });
  }
  if (incoterm !== null && (kept('destinationCountry') ?? 'VN') === 'VN') {
    throw fieldError('VALIDATION_FAILED', '/incoterm', {
      vi: 'Incoterm chỉ dùng cho nhu cầu xuất khẩu (thị trường đích khác VN)',
      en: 'Incoterms apply to export demands only (destination other than VN)',
    });
  }
  if (columns.neededBy) {
    assertNotPast(columns.neededBy, context.today);
  }
  if (requirements !== undefined) {
    checkTightening(requirements, context.standing);
    columns.requirements = requirements;
  }
  return columns;
}

/** A needed-by date in the past (Vietnam time) cannot be sourced. */
export function assertNotPast(neededBy: string, today: string): void {
  if (neededBy < today) {
    throw fieldError('VALIDATION_FAILED', '/neededBy', {
      vi: 'Ngày cần hàng không được ở trong quá khứ',
      en: 'The needed-by date must not be in the past',
    });
  }
}
