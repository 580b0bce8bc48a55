import type { OrganizationInput, OrganizationKind, UpdateOrganizationBody } from '@ketnoi/shared';
import { resolveProvince } from '@ketnoi/shared/reference';
import { isValidTaxCode, normalizeTaxCode } from '@ketnoi/shared/validation';
import { AppError } from '../../lib/errors.ts';
import type { NewOrganizationRow } from './organizations.repository.ts';

type ProfileInput = Partial<Omit<OrganizationInput, 'province'>> & { province?: string };

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
      throw new AppError('INVALID_TAX_CODE', 'The tax code (MST) must be 10 digits, or 10 digits, a dash and 3 digits for a branch, with a valid check digit', {
        errors: [{ path: `${pathPrefix}/taxCode`, message: 'Invalid tax code (MST)' }],
      });
    }
    columns.taxCode = normalized;
  }
  if (province !== undefined) {
    const match = resolveProvince(province);
    if (!match) {
      throw new AppError('UNKNOWN_PROVINCE', `Unknown province: ${province}`, {
        errors: [{ path: `${pathPrefix}/province`, message: 'Unknown province' }],
      });
    }
    columns.provinceCode = match.province.code;
  }
  if (kind !== 'producer' && input.legalForm) {
    throw new AppError('VALIDATION_FAILED', 'Only producers have a legal form', {
      errors: [{ path: `${pathPrefix}/legalForm`, message: 'Only producers have a legal form' }],
    });
  }
  if (kind !== 'distributor' && input.channel) {
    throw new AppError('VALIDATION_FAILED', 'Only distributors have a sales channel', {
      errors: [{ path: `${pathPrefix}/channel`, message: 'Only distributors have a sales channel' }],
    });
  }
  return columns;
}
