import type { CreateQuoteBody } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { fieldError } from '../../lib/errors.ts';
import { invalidTransition } from '../samples/transition-error.ts';
import { findQuoteForUpdate, findRevisionOf, type NewQuoteRow } from './quotes.repository.ts';

type Terms = Pick<
  NewQuoteRow,
  | 'pricePerUnit'
  | 'currency'
  | 'unit'
  | 'incoterm'
  | 'namedPlace'
  | 'moq'
  | 'leadTimeDays'
  | 'paymentTerms'
  | 'validUntil'
  | 'note'
>;

/**
 * The rules a schema cannot say: a quote valid until today at least (Vietnam's date), and an
 * Incoterm only with its named place (and the place only with an Incoterm).
 */
export function checkQuoteTerms(body: CreateQuoteBody, today: string): Terms {
  if (body.validUntil < today) {
    throw fieldError('VALIDATION_FAILED', '/validUntil', {
      vi: 'Ngày hết hiệu lực phải từ hôm nay trở đi',
      en: 'The quote must be valid until today or later',
    });
  }
  const namedPlace = body.namedPlace?.trim() || null;
  if (body.incoterm !== undefined && namedPlace === null) {
    throw fieldError('VALIDATION_FAILED', '/namedPlace', {
      vi: 'Hãy ghi địa điểm đi kèm điều kiện Incoterm (ví dụ FOB Cát Lái)',
      en: 'Name the place that goes with the Incoterm (e.g. FOB Cat Lai)',
    });
  }
  if (body.incoterm === undefined && namedPlace !== null) {
    throw fieldError('VALIDATION_FAILED', '/incoterm', {
      vi: 'Địa điểm chỉ dùng kèm một điều kiện Incoterm',
      en: 'A named place goes with an Incoterm',
    });
  }
  const paymentTerms = body.paymentTerms.trim();
  if (paymentTerms.length < 2) {
    throw fieldError('VALIDATION_FAILED', '/paymentTerms', {
      vi: 'Hãy ghi điều kiện thanh toán',
      en: 'Give the payment terms',
    });
  }
  return {
    pricePerUnit: body.pricePerUnit,
    currency: body.currency,
    unit: body.unit,
    incoterm: body.incoterm ?? null,
    namedPlace,
    moq: body.moq,
    leadTimeDays: body.leadTimeDays,
    paymentTerms,
    validUntil: body.validUntil,
    note: body.note?.trim() || null,
  };
}

/**
 * A revision answers a quote of the same match that the distributor sent back, once. The
 * original is locked so two revisions sent at once serialize (the unique index backs this up).
 */
export async function checkRevisable(tx: DbOrTx, revisionOf: string, matchId: string) {
  const original = await findQuoteForUpdate(tx, revisionOf);
  if (!original || original.matchId !== matchId) {
    throw fieldError('VALIDATION_FAILED', '/revisionOf', {
      vi: 'Không có báo giá này trong kết nối',
      en: 'No such quote in this match',
    });
  }
  if (original.status !== 'revision_requested') {
    throw invalidTransition(
      `Only a quote sent back for revision can be revised; this one is ${original.status}`,
      [],
    );
  }
  if (await findRevisionOf(tx, original.id)) {
    throw invalidTransition('This quote has already been revised', []);
  }
}

/** PostgreSQL's unique violation, as thrown by pg or wrapped by drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (e: unknown) => (e as { code?: unknown } | null)?.code;
  return code(err) === '23505' || code((err as { cause?: unknown } | null)?.cause) === '23505';
}
