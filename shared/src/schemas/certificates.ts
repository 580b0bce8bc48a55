import { Type, type Static } from 'typebox';
import { certificationCodes } from '../reference/index.ts';
import { IdSchema, Nullable, PageSchema, Text, TimestampSchema, VersionSchema } from './common.ts';

/**
 * What a certificate certifies: a scheme of the certifications reference, or `ocop` for an OCOP
 * star rating (which carries `stars` and lasts 36 months).
 */
export const certificateSchemes = [...certificationCodes, 'ocop'] as const;
export type CertificateScheme = (typeof certificateSchemes)[number];
export const CertificateSchemeSchema = Type.Enum(certificateSchemes);

/**
 * Schemes whose records may have no expiry date: geographical indications are protected
 * indefinitely, a product self-declaration lasts as long as the product is unchanged, a GS1
 * membership and traceability stamps are not time-bound certificates. Every other scheme needs one.
 */
export const openEndedSchemes = [
  'gi',
  'self-declaration',
  'gs1-barcode',
  'traceability-stamp',
] as const satisfies readonly CertificateScheme[];

/**
 * - `valid`: verified by a coordinator and more than 90 days from expiry (or never expiring);
 * - `expiring`: verified and expiring within 90 days — still counts;
 * - `expired`: past its expiry date (Asia/Ho_Chi_Minh), verified or not — no longer counts;
 * - `unverified`: not (or no longer) verified — does not count yet.
 * Only `valid` and `expiring` count: badges, search filters, matching.
 */
export const certificateStatuses = ['valid', 'expiring', 'expired', 'unverified'] as const;
export type CertificateStatus = (typeof certificateStatuses)[number];
export const CertificateStatusSchema = Type.Enum(certificateStatuses);

/** Evidence files: PDF, JPEG, PNG or WebP, detected from the bytes. */
export const certificateEvidenceRules = {
  /** 5 MiB. */
  maxBytes: 5 * 1024 * 1024,
  types: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
} as const;

/** A calendar date, `YYYY-MM-DD`, read in Vietnam's time zone. */
export const CalendarDateSchema = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

const certificateFields = {
  scheme: CertificateSchemeSchema,
  stars: Nullable(Type.Enum([3, 4, 5], { description: 'OCOP only: the star rating' })),
  issuer: Text({
    minLength: 2,
    maxLength: 200,
    description: 'The certification body or authority',
  }),
  number: Text({ minLength: 1, maxLength: 100, description: 'Certificate or decision number' }),
  issuedOn: CalendarDateSchema,
  expiresOn: Nullable(
    Type.String({
      format: 'date',
      description:
        'Last day of validity (inclusive), YYYY-MM-DD. Null only for open-ended schemes; when left out, OCOP takes 36 months after issue and FDA registration its next renewal deadline.',
    }),
  ),
};

export const CreateCertificateBodySchema = Type.Object(
  {
    productId: Type.Optional(
      Nullable(
        Type.String({
          format: 'uuid',
          description:
            'One of your products; absent or null for a producer-level certificate that covers all of them',
        }),
      ),
    ),
    scheme: certificateFields.scheme,
    stars: Type.Optional(certificateFields.stars),
    issuer: certificateFields.issuer,
    number: certificateFields.number,
    issuedOn: certificateFields.issuedOn,
    expiresOn: Type.Optional(certificateFields.expiresOn),
  },
  { additionalProperties: false },
);
export type CreateCertificateBody = Static<typeof CreateCertificateBodySchema>;

/** Any change to a verified certificate's facts sends it back to verification. */
export const UpdateCertificateBodySchema = Type.Object(
  {
    version: VersionSchema,
    scheme: Type.Optional(certificateFields.scheme),
    stars: Type.Optional(certificateFields.stars),
    issuer: Type.Optional(certificateFields.issuer),
    number: Type.Optional(certificateFields.number),
    issuedOn: Type.Optional(certificateFields.issuedOn),
    expiresOn: Type.Optional(certificateFields.expiresOn),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateCertificateBody = Static<typeof UpdateCertificateBodySchema>;

export const VerifyCertificateBodySchema = Type.Object(
  { version: VersionSchema },
  { additionalProperties: false },
);
export type VerifyCertificateBody = Static<typeof VerifyCertificateBodySchema>;

export const CertificateEvidenceSchema = Type.Object({
  contentType: Type.Enum(certificateEvidenceRules.types),
  bytes: Type.Integer(),
});

export const CertificateSchema = Type.Object({
  id: IdSchema,
  organizationId: IdSchema,
  /** Null: a producer-level certificate, counted for every product of the producer. */
  productId: Nullable(IdSchema),
  scheme: CertificateSchemeSchema,
  stars: Nullable(Type.Integer()),
  issuer: Type.String(),
  number: Type.String(),
  issuedOn: Type.String(),
  expiresOn: Nullable(Type.String()),
  verified: Type.Boolean(),
  verifiedAt: Nullable(TimestampSchema),
  status: CertificateStatusSchema,
  /** Days from today (Asia/Ho_Chi_Minh) to the expiry date; negative once expired, null if it never expires. */
  daysToExpiry: Nullable(Type.Integer()),
  /** The owner and staff only: the evidence file's type and size (download: GET /certificates/:id/evidence). */
  evidence: Type.Optional(Nullable(CertificateEvidenceSchema)),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Certificate = Static<typeof CertificateSchema>;

export const CertificatePageSchema = PageSchema(CertificateSchema);
export type CertificatePage = Static<typeof CertificatePageSchema>;

/**
 * `productId`: the certificates that count for that product — its own and its producer's
 * producer-level ones. `organizationId`: every certificate the producer holds. Without either, a
 * producer gets its own and staff get all (with `verified=false`, the verification queue); anyone
 * else gets 400. The owner and staff see everything;
 * everyone else only verified, unexpired certificates of public products and verified producers.
 */
export const ListCertificatesQuerySchema = Type.Object(
  {
    productId: Type.Optional(IdSchema),
    organizationId: Type.Optional(IdSchema),
    verified: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListCertificatesQuery = Static<typeof ListCertificatesQuerySchema>;

export const CertificateVersionQuerySchema = Type.Object(
  { version: VersionSchema },
  { additionalProperties: false },
);
