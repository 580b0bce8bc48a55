import { detectEvidenceType, fileNameSlug } from '../certificates/certificates.evidence.ts';

/** A PDF by its first bytes (`%PDF-`), never by its name or declared Content-Type. */
export const isPdf = (data: Buffer): boolean => detectEvidenceType(data) === 'application/pdf';

/**
 * The download name, made by the server from the title, e.g. `agreement-bien-ban-ghi-nho.pdf`:
 * ASCII letters, digits and hyphens only, so a title can never inject a header or a path.
 */
export function documentFilename(agreement: { id: string; title: string }): string {
  return `agreement-${fileNameSlug(agreement.title) || agreement.id.slice(-12)}.pdf`;
}
