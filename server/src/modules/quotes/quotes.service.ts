import type {
  CreateQuoteBody,
  ListQuotesQuery,
  MatchStatus,
  Quote,
  QuoteAction,
  QuotePage,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { AppError, fieldError, forbidden, notFound, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import type { NotificationMessage } from '../notifications/notifications.messages.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { samplePolicy as policy } from '../samples/samples.policy.ts';
import { findMatchRef } from '../samples/samples.repository.ts';
import { invalidTransition } from '../samples/transition-error.ts';
import { formatPrice, quoteActionsAllowed, toQuoteDto } from './quotes.dto.ts';
import { expireDueQuotes } from './quotes.expiry.ts';
import { quoteMessages } from './quotes.messages.ts';
import {
  findQuoteForUpdate,
  findQuoteView,
  insertQuote,
  listQuotes,
  updateQuoteVersioned,
  withdrawSentQuotes,
  type NewQuoteRow,
  type QuoteScope,
  type QuoteView,
} from './quotes.repository.ts';
import { checkQuoteTerms, checkRevisable, isUniqueViolation } from './quotes.input.ts';

/** Introduced and still open: the producer may quote. */
const quotableMatchStatuses: ReadonlySet<MatchStatus> = new Set([
  'introduced',
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
]);

const answers = {
  accept: { status: 'accepted', message: quoteMessages.accepted },
  decline: { status: 'declined', message: quoteMessages.declined },
  'request-revision': { status: 'revision_requested', message: quoteMessages.revisionRequested },
} as const satisfies Record<QuoteAction, { status: string; message: NotificationMessage }>;

const orgName = (org: { legalName: string; tradingName: string | null }) =>
  org.tradingName ?? org.legalName;

type Deps = { db: Db; publicUrl: string };

export function createQuotesService({ db, publicUrl }: Deps) {
  async function tell(
    tx: DbOrTx,
    view: QuoteView,
    to: 'producer' | 'distributor',
    message: NotificationMessage,
    values: Record<string, string | number> = {},
  ) {
    const { quote } = view;
    const price = formatPrice(quote.pricePerUnit, quote.currency);
    await notify(
      tx,
      await findOrganizationRecipients(
        tx,
        to === 'producer' ? quote.producerOrgId : quote.distributorOrgId,
      ),
      message,
      {
        values: {
          matchId: quote.matchId,
          party: orgName(to === 'producer' ? view.distributor : view.producer),
          product: view.product.nameVi,
          productEn: view.product.nameEn ?? view.product.nameVi,
          priceVi: price.vi,
          priceEn: price.en,
          unit: quote.unit,
          validUntil: quote.validUntil,
          ...values,
        },
        email: true,
        publicUrl,
        data: { quoteId: quote.id, matchId: quote.matchId, status: quote.status },
      },
    );
  }

  /** The distributor answers a `sent` quote; the producer is told. */
  async function answer(
    actor: Actor,
    id: string,
    action: QuoteAction,
    version: number | undefined,
    note: string | null,
    requestId: string | undefined,
  ): Promise<Quote> {
    const today = todayInVietnam();
    await expireDueQuotes(db, today, { id });
    return db.transaction(async (tx) => {
      const row = await findQuoteForUpdate(tx, id);
      if (!row || !policy.canView(actor, row)) {
        throw notFound('Quote');
      }
      if (!policy.isDistributorParty(actor, row)) {
        throw forbidden('Only the distributor the quote was sent to can answer it');
      }
      // What was written is checked once the caller may answer at all.
      if (action === 'request-revision' && (note?.length ?? 0) < 3) {
        throw fieldError('VALIDATION_FAILED', '/note', {
          vi: 'Hãy ghi rõ cần điều chỉnh gì (ít nhất 3 ký tự)',
          en: 'Say what should change (at least 3 characters)',
        });
      }
      // Before the version: expiring bumped it, and "expired" is what the caller needs to hear.
      const expired = row.status === 'expired' || (row.status === 'sent' && row.validUntil < today);
      if (action === 'accept' && expired) {
        throw new AppError('QUOTE_EXPIRED', `The quote was valid until ${row.validUntil}`);
      }
      if (version !== undefined && version !== row.version) {
        throw versionConflict(row.version);
      }
      const allowed = quoteActionsAllowed(row, today);
      if (!allowed.includes(action)) {
        throw invalidTransition(
          action === 'request-revision' && row.status === 'sent' && row.revisionOf !== null
            ? 'A revised quote cannot be sent back for another revision'
            : `A ${expired ? 'expired' : row.status} quote cannot be answered`,
          allowed,
        );
      }
      const { status, message } = answers[action];
      const updated = await updateQuoteVersioned(tx, id, row.version, {
        status,
        responseNote: note,
        respondedAt: new Date(),
      });
      if (!updated) {
        throw versionConflict(row.version + 1);
      }
      await writeAudit(tx, {
        actorId: actor.id,
        action: `quote.${action}`,
        entityType: 'quote',
        entityId: id,
        before: { status: row.status, version: row.version },
        after: { status, version: updated.version, responseNote: note },
        requestId,
      });
      const view = (await findQuoteView(tx, id))!;
      await tell(tx, view, 'producer', message, {
        note: note ?? '',
        reasonVi: note ? `Lý do: ${note}` : '',
        reasonEn: note ? `Reason: ${note}` : '',
      });
      return toQuoteDto(view, today);
    });
  }

  return {
    async create(actor: Actor, body: CreateQuoteBody, requestId?: string): Promise<Quote> {
      if (actor.role !== 'producer' || actor.organizationId === null) {
        throw forbidden('Only producers send quotes');
      }
      const today = todayInVietnam();
      return db.transaction(async (tx) => {
        const match = await findMatchRef(tx, body.matchId, { lock: true });
        if (!match || !policy.isProducerParty(actor, match)) {
          throw notFound('Match');
        }
        if (!quotableMatchStatuses.has(match.status)) {
          throw new AppError(
            'INVALID_STATE',
            `Quotes are sent after the introduction and before the deal closes; this match is ${match.status}`,
          );
        }
        const terms = checkQuoteTerms(body, today);
        if (body.revisionOf !== undefined) {
          await checkRevisable(tx, body.revisionOf, match.id);
        }
        // One `sent` quote per match: the new one replaces the one still open.
        for (const old of await withdrawSentQuotes(tx, match.id)) {
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'quote.withdraw',
            entityType: 'quote',
            entityId: old.id,
            before: { status: 'sent', version: old.version - 1 },
            after: { status: 'withdrawn', version: old.version },
            requestId,
          });
        }
        const values: NewQuoteRow = {
          ...terms,
          matchId: match.id,
          producerOrgId: match.producerOrgId,
          distributorOrgId: match.distributorOrgId,
          createdBy: actor.id,
          revisionOf: body.revisionOf ?? null,
          status: 'sent',
        };
        const quote = await insertQuote(tx, values).catch((err: unknown) => {
          throw isUniqueViolation(err)
            ? invalidTransition('This quote has already been revised', [])
            : err;
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'quote.create',
          entityType: 'quote',
          entityId: quote.id,
          after: quote,
          requestId,
        });
        const view = (await findQuoteView(tx, quote.id))!;
        await tell(
          tx,
          view,
          'distributor',
          quote.revisionOf ? quoteMessages.revised : quoteMessages.sent,
        );
        return toQuoteDto(view, today);
      });
    },

    async list(actor: Actor, query: ListQuotesQuery): Promise<QuotePage> {
      let scope: QuoteScope | null;
      if (query.matchId !== undefined) {
        const match = await findMatchRef(db, query.matchId);
        if (!match || !policy.canView(actor, match)) {
          throw notFound('Match');
        }
        scope = { matchId: match.id };
      } else if (isStaff(actor)) {
        scope = 'all';
      } else if (actor.organizationId !== null && actor.role === 'producer') {
        scope = { producerOrgId: actor.organizationId };
      } else if (actor.organizationId !== null && actor.role === 'distributor') {
        scope = { distributorOrgId: actor.organizationId };
      } else {
        scope = null;
      }
      if (scope === null) {
        return { items: [], total: 0, page: query.page, limit: query.limit };
      }
      const today = todayInVietnam();
      await expireDueQuotes(db, today, scope);
      const { items, total } = await listQuotes(db, {
        scope,
        status: query.status,
        page: query.page,
        limit: query.limit,
      });
      return {
        items: items.map((v) => toQuoteDto(v, today)),
        total,
        page: query.page,
        limit: query.limit,
      };
    },

    async get(actor: Actor, id: string): Promise<Quote> {
      const today = todayInVietnam();
      let view = await findQuoteView(db, id);
      if (!view || !policy.canView(actor, view.quote)) {
        throw notFound('Quote');
      }
      if (view.quote.status === 'sent' && view.quote.validUntil < today) {
        await expireDueQuotes(db, today, { id });
        view = (await findQuoteView(db, id))!;
      }
      return toQuoteDto(view, today);
    },

    accept: (
      actor: Actor,
      id: string,
      body: { version?: number | undefined },
      requestId?: string,
    ) => answer(actor, id, 'accept', body.version, null, requestId),

    decline: (
      actor: Actor,
      id: string,
      body: { reason?: string | undefined; version?: number | undefined },
      requestId?: string,
    ) => answer(actor, id, 'decline', body.version, body.reason?.trim() || null, requestId),

    requestRevision(
      actor: Actor,
      id: string,
      body: { note: string; version?: number | undefined },
      requestId?: string,
    ) {
      return answer(actor, id, 'request-revision', body.version, body.note.trim(), requestId);
    },
  };
}

export type QuotesService = ReturnType<typeof createQuotesService>;
