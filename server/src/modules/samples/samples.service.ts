import {
  sampleActionsFrom,
  sampleTransitions,
  type CreateSampleRequestBody,
  type EvaluateSampleBody,
  type ListSampleRequestsQuery,
  type SampleAction,
  type SampleRequest,
  type SampleEvaluation,
  type SampleRequestPage,
} from '@ketnoi/shared';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { AppError, fieldError, forbidden, notFound, versionConflict } from '../../lib/errors.ts';
import { assertWithinOrgQuota } from '../../lib/org-quota.ts';
import { sampleRequests } from '../../db/schema/index.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import type { NotificationMessage } from '../notifications/notifications.messages.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { requireReason } from '../organizations/organizations.service.ts';
import { refreshResponseStats } from './responsiveness.repository.ts';
import { deliveryAddressOf, findRequestableProduct } from './samples.input.ts';
import { toSampleRequestDto } from './samples.dto.ts';
import { sampleMessages } from './samples.messages.ts';
import { samplePolicy as policy } from './samples.policy.ts';
import {
  findSampleRequestForUpdate,
  findSampleRequestView,
  insertSampleRequest,
  listSampleRequests,
  updateSampleRequestVersioned,
  type NewSampleRequestRow,
  type SampleRequestView,
} from './samples.repository.ts';
import { invalidTransition } from './transition-error.ts';

/** Which message the other side gets after each step. */
const stepMessages: Record<SampleAction, NotificationMessage> = {
  accept: sampleMessages.accepted,
  decline: sampleMessages.declined,
  ship: sampleMessages.shipped,
  deliver: sampleMessages.delivered,
  evaluate: sampleMessages.evaluated,
};

/** A step's column changes and the values its notification shows. */
type Step = {
  changes: Partial<NewSampleRequestRow>;
  values?: Record<string, string | number>;
};

const orgName = (org: { legalName: string; tradingName: string | null }) =>
  org.tradingName ?? org.legalName;

type Deps = {
  db: Db;
  publicUrl: string;
  /** Sample requests an organization may make per day (SAMPLE_REQUESTS_PER_ORG_PER_DAY). */
  sampleRequestsPerOrgPerDay?: number;
};

export function createSamplesService({ db, publicUrl, sampleRequestsPerOrgPerDay = 50 }: Deps) {
  async function loadView(tx: DbOrTx, id: string): Promise<SampleRequestView> {
    const view = await findSampleRequestView(tx, id);
    if (!view) {
      throw notFound('Sample request');
    }
    return view;
  }

  /** In-app and e-mail to every active member of the organization on the other side. */
  async function tell(
    tx: DbOrTx,
    view: SampleRequestView,
    to: 'producer' | 'distributor',
    message: NotificationMessage,
    values: Record<string, string | number> = {},
  ) {
    const from = to === 'producer' ? view.distributor : view.producer;
    const recipients = await findOrganizationRecipients(
      tx,
      to === 'producer' ? view.producer.id : view.distributor.id,
    );
    await notify(tx, recipients, message, {
      values: {
        id: view.sample.id,
        party: orgName(from),
        product: view.product.nameVi,
        productEn: view.product.nameEn ?? view.product.nameVi,
        ...values,
      },
      email: true,
      publicUrl,
      data: { sampleRequestId: view.sample.id, status: view.sample.status },
    });
  }

  /**
   * Creates a request in `tx`: the distributor's daily quota, a product it may ask a sample of,
   * then the row, the producer's responsiveness, the audit entry and the producer's notification.
   */
  async function insertWithin(
    tx: Tx,
    by: { distributorOrgId: string; requestedBy: string },
    body: CreateSampleRequestBody,
    requestId?: string,
  ): Promise<SampleRequest> {
    const deliveryAddress = deliveryAddressOf(body);
    await assertWithinOrgQuota(tx, by.distributorOrgId, {
      name: 'sample requests',
      table: sampleRequests,
      organizationColumn: sampleRequests.distributorOrgId,
      createdAtColumn: sampleRequests.createdAt,
      limit: sampleRequestsPerOrgPerDay,
      windowSeconds: 24 * 3600,
    });
    const { producerOrgId } = await findRequestableProduct(tx, by.distributorOrgId, body);
    const row = await insertSampleRequest(tx, {
      productId: body.productId,
      producerOrgId,
      distributorOrgId: by.distributorOrgId,
      requestedBy: by.requestedBy,
      matchId: body.matchId ?? null,
      status: 'requested',
      quantity: body.quantity,
      unit: body.unit,
      deliveryAddress,
      note: body.note?.trim() || null,
    });
    await refreshResponseStats(tx, row.producerOrgId);
    await writeAudit(tx, {
      actorId: by.requestedBy,
      action: 'sample_request.create',
      entityType: 'sample_request',
      entityId: row.id,
      after: row,
      requestId,
    });
    const view = await loadView(tx, row.id);
    await tell(tx, view, 'producer', sampleMessages.requested, {
      quantity: row.quantity,
      unit: row.unit,
    });
    return toSampleRequestDto(view);
  }

  /**
   * One step of the state machine, in one transaction: the row is locked, the actor must be the
   * side that takes the step, the step must be allowed from the current status; then the change,
   * the producer's responsiveness (for an answer), the audit entry and the other side's
   * notifications are written together.
   */
  async function step(
    actor: Actor,
    id: string,
    action: SampleAction,
    version: number | undefined,
    requestId: string | undefined,
    prepare: () => Step,
  ): Promise<SampleRequest> {
    const transition = sampleTransitions[action];
    return db.transaction(async (tx) => {
      const row = await findSampleRequestForUpdate(tx, id);
      if (!row || !policy.canView(actor, row)) {
        throw notFound('Sample request');
      }
      if (!policy.canAct(actor, row, transition.by)) {
        throw forbidden(
          transition.by === 'producer'
            ? 'Only the producer of this sample request can do this'
            : 'Only the distributor that requested this sample can do this',
        );
      }
      if (version !== undefined && version !== row.version) {
        throw versionConflict(row.version);
      }
      if (row.status !== transition.from) {
        throw invalidTransition(
          `A ${row.status} sample request cannot be ${transition.to}`,
          sampleActionsFrom(row.status),
        );
      }
      // What the body says is checked only once the actor may take the step at all.
      const { changes, values } = prepare();
      const updated = await updateSampleRequestVersioned(tx, id, row.version, {
        ...changes,
        status: transition.to,
      });
      if (!updated) {
        throw versionConflict(row.version + 1);
      }
      if (action === 'accept' || action === 'decline') {
        await refreshResponseStats(tx, row.producerOrgId);
      }
      await writeAudit(tx, {
        actorId: actor.id,
        action: `sample_request.${action}`,
        entityType: 'sample_request',
        entityId: id,
        before: { status: row.status, version: row.version },
        after: { status: updated.status, version: updated.version, ...changes },
        requestId,
      });
      const view = await loadView(tx, id);
      const other = transition.by === 'producer' ? 'distributor' : 'producer';
      await tell(tx, view, other, stepMessages[action], values ?? {});
      return toSampleRequestDto(view);
    });
  }

  return {
    async create(
      actor: Actor,
      body: CreateSampleRequestBody,
      requestId?: string,
    ): Promise<SampleRequest> {
      if (!policy.canRequest(actor)) {
        throw forbidden('Only distributors request samples');
      }
      if (actor.organizationStatus !== 'verified') {
        throw new AppError(
          'ORGANIZATION_NOT_VERIFIED',
          'Your organization must be verified before it can request samples',
        );
      }
      return db.transaction((tx) =>
        insertWithin(
          tx,
          { distributorOrgId: actor.organizationId!, requestedBy: actor.id },
          body,
          requestId,
        ),
      );
    },

    /**
     * A sample request made inside the caller's transaction by someone acting for the
     * distributor: a campaign coordinator asks in the retailer organization's name (the campaign
     * checks it is a verified distributor). The same rules, audit and notification as `create`.
     */
    createWithin: insertWithin,

    async list(actor: Actor, query: ListSampleRequestsQuery): Promise<SampleRequestPage> {
      const empty = { items: [], total: 0, page: query.page, limit: query.limit };
      const scope = isStaff(actor)
        ? ('all' as const)
        : actor.organizationId === null
          ? null
          : actor.role === 'producer'
            ? { producerOrgId: actor.organizationId }
            : actor.role === 'distributor'
              ? { distributorOrgId: actor.organizationId }
              : null;
      if (scope === null) {
        return empty;
      }
      const { items, total } = await listSampleRequests(db, { ...query, scope });
      return { items: items.map(toSampleRequestDto), total, page: query.page, limit: query.limit };
    },

    async get(actor: Actor, id: string): Promise<SampleRequest> {
      const view = await findSampleRequestView(db, id);
      // Someone else's request is a 404, exactly like one that does not exist.
      if (!view || !policy.canView(actor, view.sample)) {
        throw notFound('Sample request');
      }
      return toSampleRequestDto(view);
    },

    accept: (
      actor: Actor,
      id: string,
      body: { version?: number | undefined },
      requestId?: string,
    ) =>
      step(actor, id, 'accept', body.version, requestId, () => ({
        changes: { answeredAt: new Date() },
      })),

    decline: (
      actor: Actor,
      id: string,
      body: { reason: string; version?: number | undefined },
      requestId?: string,
    ) =>
      step(actor, id, 'decline', body.version, requestId, () => {
        const reason = requireReason(body.reason);
        return { changes: { answeredAt: new Date(), declineReason: reason }, values: { reason } };
      }),

    ship: (
      actor: Actor,
      id: string,
      body: { carrier: string; trackingNumber: string; version?: number | undefined },
      requestId?: string,
    ) =>
      step(actor, id, 'ship', body.version, requestId, () => {
        const carrier = body.carrier.trim();
        const trackingNumber = body.trackingNumber.trim();
        if (!carrier || !trackingNumber) {
          throw fieldError('VALIDATION_FAILED', carrier ? '/trackingNumber' : '/carrier', {
            vi: 'Hãy ghi đơn vị vận chuyển và mã vận đơn',
            en: 'Give the carrier and the tracking number',
          });
        }
        return {
          changes: { carrier, trackingNumber, shippedAt: new Date() },
          values: { carrier, trackingNumber },
        };
      }),

    deliver: (
      actor: Actor,
      id: string,
      body: { version?: number | undefined },
      requestId?: string,
    ) =>
      step(actor, id, 'deliver', body.version, requestId, () => ({
        changes: { deliveredAt: new Date() },
      })),

    evaluate: (actor: Actor, id: string, body: EvaluateSampleBody, requestId?: string) =>
      step(actor, id, 'evaluate', body.version, requestId, () => {
        const { version: _version, comment, ...ratings } = body;
        const trimmed = comment?.trim();
        const evaluation: SampleEvaluation = trimmed ? { ...ratings, comment: trimmed } : ratings;
        const go = evaluation.decision === 'go';
        return {
          changes: { evaluation, evaluatedAt: new Date() },
          values: {
            decisionVi: go ? 'đạt, tiếp tục' : 'không đạt',
            decisionEn: go ? 'go' : 'no go',
          },
        };
      }),
  };
}

export type SamplesService = ReturnType<typeof createSamplesService>;
