import type { certificateEvidenceRules } from '@ketnoi/shared';

export type EvidenceContentType = (typeof certificateEvidenceRules.types)[number];

const extensions: Record<EvidenceContentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

const startsWith = (data: Buffer, signature: number[], offset = 0) =>
  data.length >= offset + signature.length &&
  signature.every((byte, i) => data[offset + i] === byte);

/**
 * The evidence type read from the file's first bytes — never from its name or declared
 * Content-Type, which the client controls. An executable renamed `.pdf` is none of these.
 * PDF: `%PDF-` (ISO 32000-1 §7.5.2); JPEG: FF D8 FF; PNG: the 8-byte signature; WebP: a RIFF
 * container whose form type is `WEBP`.
 */
export function detectEvidenceType(data: Buffer): EvidenceContentType | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return 'application/pdf';
  }
  if (startsWith(data, [0xff, 0xd8, 0xff])) {
    return 'image/jpeg';
  }
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'image/png';
  }
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  return null;
}

/**
 * Text as a file-name part: Vietnamese folded to ASCII, lower-case letters, digits and single
 * hyphens, at most 60 characters. Empty when nothing of the text survives.
 */
export const fileNameSlug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');

/**
 * A download name made by the server from the scheme and number, e.g.
 * `certificate-vietgap-vg-123-2024.pdf`: ASCII letters, digits and hyphens only, so it needs no
 * quoting rules beyond the plain `filename="…"` of RFC 6266 and cannot inject a header or a path.
 */
export function evidenceFilename(
  cert: { id: string; scheme: string; number: string },
  contentType: string,
): string {
  const number = fileNameSlug(cert.number) || cert.id.slice(-12);
  const extension = extensions[contentType as EvidenceContentType] ?? 'bin';
  return `certificate-${fileNameSlug(cert.scheme)}-${number}.${extension}`;
}
