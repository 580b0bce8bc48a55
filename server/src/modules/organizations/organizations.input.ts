import type { OrganizationInput, OrganizationKind, UpdateOrganizationBody } from '@ketnoi/shared';
import { resolveProvince } from '@ketnoi/shared/reference';
import { isValidTaxCode, normalizeTaxCode } from '@ketnoi/shared/validation';
import { fieldError } from '../../lib/errors.ts';
import type { NewOrganizationRow } from './organizations.repository.ts';

type ProfileInput = Partial<Omit<OrganizationInput, 'province'>> & { province?: string };

/** Resolves a province code or name (pre-2025 names included) or throws a 400 naming the field. */
export function resolveProvinceField(input: string, path: string): string {
  const match = resolveProvince(input);
  if (!match) {
    throw fieldError('UNKNOWN_PROVINCE', path, {
      vi: `Không tìm thấy tỉnh/thành "${input}"`,
      en: `Unknown province "${input}"`,
    });
  }
  return match.province.code;
}

/**
 * Checks what JSON Schema cannot (tax-code check digit, province names including pre-2025 ones,
 * fields that belong to the other kind) and maps the input onto columns. `pathPrefix` lets
 * registration report `/organization/taxCode` and profile edits `/taxCode`.
 */
export function toOrganizationColumns(
  input: ProfileInput | Omit<UpdateOrganizationBody, 'version'>,
  kind: OrganizationKind,
  pathPrefix = '',
): Partial<NewOrganizationRow> {
  const { province, taxCode, ...rest } = input;
  const columns: Partial<NewOrganizationRow> = { ...rest };
  if (taxCode !== undefined) {
    const normalized = normalizeTaxCode(taxCode);
    if (!isValidTaxCode(normalized)) {
      throw fieldError('INVALID_TAX_CODE', `${pathPrefix}/taxCode`, {
        vi: 'Mã số thuế phải gồm 10 chữ số (hoặc 10 số, dấu gạch và 3 số cho chi nhánh) với chữ số kiểm tra hợp lệ',
        en: 'The tax code (MST) must be 10 digits, or 10 digits, a dash and 3 digits for a branch, with a valid check digit',
      });
    }
    columns.taxCode = normalized;
  }
  if (province !== undefined) {
    columns.provinceCode = resolveProvinceField(province, `${pathPrefix}/province`);
  }
  const onlyFor = (
    field: 'legalForm' | 'retailReadiness' | 'channel' | 'requirements',
    allowed: OrganizationKind,
  ) => {
    if (kind !== allowed && input[field]) {
      throw fieldError('VALIDATION_FAILED', `${pathPrefix}/${field}`, {
        vi:
          allowed === 'producer'
            ? 'Chỉ nhà sản xuất mới có thông tin này'
            : 'Chỉ nhà phân phối mới có thông tin này',
        en:
          allowed === 'producer'
            ? 'Only producers have this field'
            : 'Only distributors have this field',
      });
    }
  };
  onlyFor('legalForm', 'producer');
  onlyFor('retailReadiness', 'producer');
  onlyFor('channel', 'distributor');
  onlyFor('requirements', 'distributor');
  return columns;
}
