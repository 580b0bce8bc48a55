import {
  matchTransitionsFrom,
  type BulkApproveMatchesBody,
  type BulkApproveResult,
  type Match,
} from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { toMatchDto } from './matches.dto.ts';
import { invalidTransition, organizationNotVerified } from './matches.errors.ts';
import { matchMessages } from './matches.messages.ts';
import { matchValues, notifyOrganization } from './matches.notify.ts';
import { matchPolicy as policy } from './matches.policy.ts';
import { findMatchView, updateMatchVersioned } from './matches.repository.ts';

type Deps = { db: Db; publicUrl: string };
export type Decision = { approve: boolean; note: string | null; version?: number | undefined };

/**
 * A coordinator's decision on a `proposed` match, in one transaction. Approval introduces the
 * parties at once (stored as `introduced`): both organizations' members get an in-app notification
 * and an e-mail, and from then on see each other's contacts. A rejection tells nobody outside the
 * centre: the parties never saw the proposal, and hearing of a pairing the centre turned down
 * would only carry its judgement of one side to the other. Both are audited.
 */
export async function decideMatch(
  { db, publicUrl }: Deps,
  actor: Actor,
  id: string,
  decision: Decision,
  requestId?: string,
): Promise<Match> {
  if (!policy.canDecide(actor)) {
    throw forbidden('Only coordinators approve or reject matches');
  }
  return db.transaction(async (tx) => {
    const view = await findMatchView(tx, id, { forUpdate: true });
    if (!view) {
      throw notFound('Match');
    }
    const { match } = view;
    if (decision.version !== undefined && decision.version !== match.version) {
      throw versionConflict(match.version);
    }
    const to = decision.approve ? 'introduced' : 'rejected';
    const allowed = matchTransitionsFrom(match.status);
    if (!allowed.includes(to)) {
      throw invalidTransition(
        `A ${match.status} match cannot be ${decision.approve ? 'approved' : 'rejected'}`,
        match.status,
        allowed,
      );
    }
    if (decision.approve) {
      for (const party of [view.producer, view.distributor]) {
        if (party.verificationStatus !== 'verified') {
          throw organizationNotVerified(party);
        }
      }
    }
    const now = new Date();
    const updated = await updateMatchVersioned(tx, id, match.version, {
      status: to,
      decidedBy: actor.id,
      decidedAt: now,
      // An approval without a note keeps the note the proposal came with.
      decisionNote: decision.note ?? (decision.approve ? match.decisionNote : null),
      ...(decision.approve ? { introducedAt: now, remindedAt: null } : {}),
    });
    await writeAudit(tx, {
      actorId: actor.id,
      action: decision.approve ? 'match.approve' : 'match.reject',
      entityType: 'match',
      entityId: id,
      before: { status: match.status, version: match.version },
      after: { status: updated!.status, version: updated!.version, note: decision.note },
      requestId,
    });
    if (decision.approve) {
      const note = decision.note ? `\n\n“${decision.note}”` : '';
      const values = (locale: 'vi' | 'en') => ({ ...matchValues(view, locale), note });
      await notifyOrganization(
        tx,
        match.distributorOrgId,
        matchMessages.introducedToDistributor,
        values,
        publicUrl,
      );
      await notifyOrganization(
        tx,
        match.producerOrgId,
        matchMessages.introducedToProducer,
        values,
        publicUrl,
      );
    }
    return toMatchDto({ ...view, match: updated! }, actor);
  });
}

/**
 * Approves up to 200 matches, each in its own transaction, so one that cannot be approved (already
 * decided, a party no longer verified, gone) does not hold back the others: the result lists every
 * id with its outcome. Errors other than refusals (the database gone) stop the batch.
 */
export async function bulkApproveMatches(
  deps: Deps,
  actor: Actor,
  body: BulkApproveMatchesBody,
  requestId?: string,
): Promise<BulkApproveResult> {
  if (!policy.canDecide(actor)) {
    throw forbidden('Only coordinators approve matches');
  }
  const note = body.note?.trim() || null;
  const results: BulkApproveResult['results'] = [];
  for (const id of body.ids) {
    try {
      const match = await decideMatch(deps, actor, id, { approve: true, note }, requestId);
      results.push({ id, ok: true, status: match.status, version: match.version });
    } catch (err) {
      if (!(err instanceof AppError)) {
        throw err;
      }
      const data = err.extra.data as
        { allowed?: string[]; currentStatus?: Match['status'] } | undefined;
      results.push({
        id,
        ok: false,
        code: err.code,
        detail: err.message,
        ...(data?.currentStatus ? { status: data.currentStatus } : {}),
        ...(data?.allowed ? { allowed: data.allowed } : {}),
      });
    }
  }
  const approved = results.filter((r) => r.ok).length;
  return { approved, failed: results.length - approved, results };
}
