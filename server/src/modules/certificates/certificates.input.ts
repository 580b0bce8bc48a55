import {
  openEndedSchemes,
  type CreateCertificateBody,
  type UpdateCertificateBody,
} from '@ketnoi/shared';
import { fieldError } from '../../lib/errors.ts';
import type { CertificateRow, NewCertificateRow } from './certificates.repository.ts';
import { fdaRegistrationExpiry, ocopExpiry } from './certificates.validity.ts';

/** The facts of a certificate: what verification vouches for, and what an edit may change. */
export const certificateFacts = [
  'scheme',
  'stars',
  'issuer',
  'number',
  'issuedOn',
  'expiresOn',
] as const;
type Facts = Pick<NewCertificateRow, (typeof certificateFacts)[number]>;

const isOpenEnded = (scheme: string) => (openEndedSchemes as readonly string[]).includes(scheme);

/** The expiry a scheme implies when none is given: OCOP 36 months, FDA the next renewal deadline. */
function defaultExpiry(scheme: string, issuedOn: string): string | null | undefined {
  switch (scheme) {
    case 'ocop':
      return ocopExpiry(issuedOn);
    case 'fda-ffr':
      return fdaRegistrationExpiry(issuedOn);
    default:
      return isOpenEnded(scheme) ? null : undefined;
  }
}

/**
 * Checks what JSON Schema cannot and returns every fact column. `current` is the certificate
 * being edited: a partial edit is checked against the values it keeps.
 *
 * Invariants: only OCOP ratings carry stars (3–5) and they must; nothing is issued after today
 * (Asia/Ho_Chi_Minh); the expiry is not before the issue; an OCOP rating lasts at most 36
 * months; only open-ended schemes may have no expiry. A missing (or null) expiry takes the
 * scheme's default where it has one.
 */
export function toCertificateFacts(
  input: Omit<CreateCertificateBody, 'productId'> | Omit<UpdateCertificateBody, 'version'>,
  current: CertificateRow | undefined,
  today: string,
): Facts {
  const scheme = input.scheme ?? current?.scheme;
  const issuedOn = input.issuedOn ?? current?.issuedOn;
  const issuer = input.issuer ?? current?.issuer;
  const number = input.number ?? current?.number;
  if (
    scheme === undefined ||
    issuedOn === undefined ||
    issuer === undefined ||
    number === undefined
  ) {
    throw new Error(
      'toCertificateFacts: a new certificate needs scheme, issuer, number and issuedOn',
    );
  }
  // Leaving OCOP drops its stars unless the edit says otherwise.
  const keptStars =
    current && scheme !== 'ocop' && current.scheme === 'ocop' ? null : current?.stars;
  const stars = input.stars === undefined ? (keptStars ?? null) : input.stars;
  if (scheme === 'ocop' && stars === null) {
    throw fieldError('VALIDATION_FAILED', '/stars', {
      vi: 'Chứng nhận OCOP cần số sao (3, 4 hoặc 5)',
      en: 'An OCOP rating needs its stars (3, 4 or 5)',
    });
  }
  if (scheme !== 'ocop' && stars !== null) {
    throw fieldError('VALIDATION_FAILED', '/stars', {
      vi: 'Chỉ chứng nhận OCOP mới có số sao',
      en: 'Only OCOP ratings have stars',
    });
  }
  if (issuedOn > today) {
    throw fieldError('VALIDATION_FAILED', '/issuedOn', {
      vi: 'Ngày cấp không thể ở tương lai',
      en: 'The issue date cannot be in the future',
    });
  }

  let expiresOn = input.expiresOn === undefined ? (current?.expiresOn ?? null) : input.expiresOn;
  if (expiresOn === null) {
    const implied = defaultExpiry(scheme, issuedOn);
    if (implied === undefined) {
      throw fieldError('VALIDATION_FAILED', '/expiresOn', {
        vi: 'Chứng nhận này cần ngày hết hạn',
        en: 'This certificate needs an expiry date',
      });
    }
    expiresOn = implied;
  }
  if (expiresOn !== null && expiresOn < issuedOn) {
    throw fieldError('VALIDATION_FAILED', '/expiresOn', {
      vi: 'Ngày hết hạn phải sau ngày cấp',
      en: 'The expiry date must not be before the issue date',
    });
  }
  if (scheme === 'ocop' && expiresOn !== null && expiresOn > ocopExpiry(issuedOn)) {
    throw fieldError('VALIDATION_FAILED', '/expiresOn', {
      vi: 'Chứng nhận OCOP có hiệu lực tối đa 36 tháng kể từ ngày cấp',
      en: 'An OCOP rating is valid for at most 36 months from its issue date',
    });
  }
  return { scheme, stars, issuer, number, issuedOn, expiresOn };
}

/** True when the edit changes any fact: a verified certificate then needs verifying again. */
export function factsChanged(current: CertificateRow, next: Facts): boolean {
  return certificateFacts.some((field) => (next[field] ?? null) !== (current[field] ?? null));
}
