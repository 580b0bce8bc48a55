import {
  matchTransitionsFrom,
  type Locale,
  type Match,
  type UpdateMatchBody,
} from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { fieldError, forbidden, notFound, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { recordAgreement } from '../agreements/agreements.service.ts';
import { toMatchDto } from './matches.dto.ts';
import { invalidTransition } from './matches.errors.ts';
import { matchMovedMessage } from './matches.messages.ts';
import { matchValues, notifyOrganization, partyName } from './matches.notify.ts';
import { matchPolicy as policy } from './matches.policy.ts';
import { findMatchView, updateMatchVersioned, type MatchView } from './matches.repository.ts';

type Deps = { db: Db; publicUrl: string };

const centre = { vi: 'Trung tâm', en: 'The centre' };

/** Checks what the schema cannot: a reason only (and always) with `lost`, an agreement only with `won`. */
function checkStepFields(body: UpdateMatchBody): string | null {
  if (body.status !== 'lost') {
    if (body.lostReason !== undefined) {
      throw fieldError('VALIDATION_FAILED', '/lostReason', {
        vi: 'Chỉ ghi lý do khi kết nối không thành',
        en: 'A reason goes with `lost` only',
      });
    }
  } else if ((body.lostReason?.trim().length ?? 0) < 3) {
    throw fieldError('VALIDATION_FAILED', '/lostReason', {
      vi: 'Hãy ghi rõ lý do không thành (ít nhất 3 ký tự)',
      en: 'Say why the deal was lost (at least 3 characters)',
    });
  }
  if (body.agreement !== undefined && body.status !== 'won') {
    throw fieldError('VALIDATION_FAILED', '/agreement', {
      vi: 'Chỉ ghi thỏa thuận khi giao dịch thành công',
      en: 'An agreement goes with `won` only',
    });
  }
  return body.status === 'lost' ? body.lostReason!.trim() : null;
}

const defaultTitle = (view: MatchView) =>
  `${view.product.nameVi} — ${view.demand.title}`.slice(0, 200);

/**
 * A step of the deal pipeline, by either party or a coordinator: the match and, when it is won
 * with an agreement, the agreement are written in one transaction with their audit rows, and the
 * other side (both sides when a coordinator moves it) is notified.
 */
export async function moveMatch(
  { db, publicUrl }: Deps,
  actor: Actor,
  id: string,
  body: UpdateMatchBody,
  requestId?: string,
): Promise<Match> {
  return db.transaction(async (tx) => {
    const view = await findMatchView(tx, id, { forUpdate: true });
    // A match the actor may not see is a 404, exactly like one that does not exist.
    if (!view || !policy.canView(actor, view.match)) {
      throw notFound('Match');
    }
    const { match } = view;
    if (!policy.canMove(actor, match)) {
      throw forbidden('Only the parties and coordinators move a match');
    }
    if (match.version !== body.version) {
      throw versionConflict(match.version);
    }
    const allowed = matchTransitionsFrom(match.status);
    if (!allowed.includes(body.status)) {
      throw invalidTransition(
        `A ${match.status} match cannot move to ${body.status}`,
        match.status,
        allowed,
      );
    }
    const lostReason = checkStepFields(body);
    const updated = await updateMatchVersioned(tx, id, match.version, {
      status: body.status,
      lostReason,
      // The 3-day nudge is per step: the new step starts its own clock.
      remindedAt: null,
    });
    const agreement = body.agreement
      ? await recordAgreement(
          tx,
          actor,
          {
            kind: 'contract',
            title: body.agreement.title?.trim() || defaultTitle(view),
            matchId: id,
            producerOrgId: match.producerOrgId,
            distributorOrgId: match.distributorOrgId,
            signedOn: body.agreement.signedOn,
            value: body.agreement.value,
            currency: body.agreement.currency,
            productIds: body.agreement.productIds ?? [match.productId],
            note: null,
          },
          '/agreement',
          requestId,
        )
      : null;
    await writeAudit(tx, {
      actorId: actor.id,
      action: `match.${body.status}`,
      entityType: 'match',
      entityId: id,
      before: { status: match.status, version: match.version },
      after: {
        status: updated!.status,
        version: updated!.version,
        ...(lostReason ? { lostReason } : {}),
        ...(agreement ? { agreementId: agreement.id } : {}),
      },
      requestId,
    });
    const side = policy.sideOf(actor, match);
    const mover =
      side === null ? null : partyName(side === 'producer' ? view.producer : view.distributor);
    const values = (locale: Locale) => ({
      ...matchValues(view, locale),
      actor: mover ?? centre[locale],
      reason: lostReason ?? '',
    });
    const message = matchMovedMessage(body.status);
    for (const [party, orgId] of [
      ['producer', match.producerOrgId],
      ['distributor', match.distributorOrgId],
    ] as const) {
      if (side !== party) {
        await notifyOrganization(tx, orgId, message, values, publicUrl);
      }
    }
    return toMatchDto({ ...view, match: updated! }, actor);
  });
}
