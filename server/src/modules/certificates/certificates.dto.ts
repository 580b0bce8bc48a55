import type { Certificate } from '@ketnoi/shared';
import { certificationByCode } from '@ketnoi/shared/reference';
import type { EvidenceContentType } from './certificates.evidence.ts';
import type { CertificateRow } from './certificates.repository.ts';
import { certificateStatus, daysToExpiry } from './certificates.validity.ts';

/**
 * `full` (the owner and staff) adds the evidence file's type and size. Status and days to
 * expiry are computed for `today` (Asia/Ho_Chi_Minh), never stored: they change at midnight.
 */
export function toCertificateDto(row: CertificateRow, today: string, full: boolean): Certificate {
  return {
    id: row.id,
    organizationId: row.organizationId,
    productId: row.productId,
    scheme: row.scheme as Certificate['scheme'],
    stars: row.stars,
    issuer: row.issuer,
    number: row.number,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    verified: row.verifiedAt !== null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    status: certificateStatus(row, today),
    daysToExpiry: daysToExpiry(row, today),
    ...(full
      ? {
          evidence:
            row.evidenceKey !== null &&
            row.evidenceContentType !== null &&
            row.evidenceBytes !== null
              ? {
                  contentType: row.evidenceContentType as EvidenceContentType,
                  bytes: row.evidenceBytes,
                }
              : null,
        }
      : {}),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** How a scheme is named in messages: the reference's proper name, or "OCOP 4★". */
export function schemeLabel(row: Pick<CertificateRow, 'scheme' | 'stars'>): string {
  if (row.scheme === 'ocop') {
    return `OCOP ${row.stars ?? ''}★`;
  }
  return certificationByCode(row.scheme)?.name ?? row.scheme;
}
