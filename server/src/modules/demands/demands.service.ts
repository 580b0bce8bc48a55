import type {
  Demand,
  DemandInput,
  DemandPage,
  ListDemandsQuery,
  UpdateDemandBody,
} from '@ketnoi/shared';
import type { Db, Tx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../lib/errors.ts';
import { assertWithinOrgQuota } from '../../lib/org-quota.ts';
import { demands } from '../../db/schema/index.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { addOutbox } from '../outbox/outbox.repository.ts';
import { toDemandDto } from './demands.dto.ts';
import { assertNotPast, toDemandColumns } from './demands.input.ts';
import { demandPolicy as policy } from './demands.policy.ts';
import {
  findDemandWithDistributor,
  findDistributor,
  insertDemand,
  isDemandInScope,
  listDemands,
  updateDemandVersioned,
  type DemandRow,
  type DemandWithDistributor,
  type NewDemandRow,
} from './demands.repository.ts';

type Deps = {
  db: Db;
  /** Demands an organization may create per hour (DEMANDS_PER_ORG_PER_HOUR). */
  demandsPerOrgPerHour?: number;
};

/** The matching engine re-scores a demand for each version it is open in: once per version. */
const queueMatching = (tx: Tx, demand: DemandRow) =>
  addOutbox(
    tx,
    'matching.demand',
    { demandId: demand.id, version: demand.version },
    `matching.demand:${demand.id}:${demand.version}`,
  );

export function createDemandsService({ db, demandsPerOrgPerHour = 100 }: Deps) {
  /** Hidden and missing look the same: a 404 tells an outsider nothing. */
  async function assertVisible(tx: Db | Tx, actor: Actor, row: DemandWithDistributor | undefined) {
    if (!row) {
      throw notFound('Demand');
    }
    if (policy.isOwner(actor, row.demand)) {
      return row;
    }
    const scope = policy.scopeOf(actor);
    if (!scope || !(await isDemandInScope(tx, row.demand.id, scope))) {
      throw notFound('Demand');
    }
    return row;
  }

  /** Loads and locks a demand the actor owns, at the version the actor last read. */
  async function loadOwned(tx: Tx, actor: Actor, id: string, version: number) {
    const row = await assertVisible(
      tx,
      actor,
      await findDemandWithDistributor(tx, id, { forUpdate: true }),
    );
    if (!policy.isOwner(actor, row.demand)) {
      throw forbidden('Only the distributor that posted this demand can change it');
    }
    if (row.demand.version !== version) {
      throw versionConflict(row.demand.version);
    }
    return row;
  }

  /** A guarded write; a concurrent change between the lock and here cannot happen, but stay safe. */
  async function save(tx: Tx, row: DemandRow, values: Partial<NewDemandRow>) {
    const updated = await updateDemandVersioned(tx, row.id, row.version, values);
    if (!updated) {
      throw versionConflict(row.version + 1);
    }
    return updated;
  }

  async function transition(
    actor: Actor,
    id: string,
    version: number,
    action: 'open' | 'close',
    requestId?: string,
  ): Promise<Demand> {
    return db.transaction(async (tx) => {
      const { demand, distributor } = await loadOwned(tx, actor, id, version);
      policy.assertAllowed(demand.status, action);
      if (action === 'open') {
        if (distributor.verificationStatus !== 'verified') {
          throw new AppError(
            'ORGANIZATION_NOT_VERIFIED',
            'Your organization must be verified before its demands can be opened',
          );
        }
        if (demand.neededBy) {
          assertNotPast(demand.neededBy, todayInVietnam());
        }
      }
      const now = new Date();
      const updated = await save(
        tx,
        demand,
        action === 'open'
          ? { status: 'open', openedAt: now, closedAt: null }
          : { status: 'closed', closedAt: now },
      );
      if (action === 'open') {
        await queueMatching(tx, updated);
      }
      await writeAudit(tx, {
        actorId: actor.id,
        action: `demand.${action}`,
        entityType: 'demand',
        entityId: id,
        before: { status: demand.status, version: demand.version },
        after: { status: updated.status, version: updated.version },
        requestId,
      });
      return toDemandDto({ demand: updated, distributor }, actor);
    });
  }

  return {
    async create(actor: Actor, body: DemandInput, requestId?: string): Promise<Demand> {
      if (!policy.canCreate(actor)) {
        throw forbidden('Only distributors post demands');
      }
      return db.transaction(async (tx) => {
        const distributor = await findDistributor(tx, actor.organizationId!);
        if (!distributor) {
          throw forbidden('Only distributors post demands');
        }
        await assertWithinOrgQuota(tx, distributor.id, {
          name: 'demands',
          table: demands,
          organizationColumn: demands.distributorOrgId,
          createdAtColumn: demands.createdAt,
          limit: demandsPerOrgPerHour,
          windowSeconds: 3600,
        });
        const columns = toDemandColumns(body, {
          standing: distributor.requirements,
          today: todayInVietnam(),
        });
        const demand = await insertDemand(tx, {
          ...(columns as NewDemandRow),
          distributorOrgId: distributor.id,
          createdBy: actor.id,
          status: 'draft',
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'demand.create',
          entityType: 'demand',
          entityId: demand.id,
          after: demand,
          requestId,
        });
        return toDemandDto({ demand, distributor }, actor);
      });
    },

    async get(actor: Actor, id: string): Promise<Demand> {
      const row = await assertVisible(db, actor, await findDemandWithDistributor(db, id));
      return toDemandDto(row, actor);
    },

    async list(actor: Actor, query: ListDemandsQuery): Promise<DemandPage> {
      const scope = policy.scopeOf(actor);
      if (!scope) {
        throw forbidden('You cannot list demands');
      }
      const { items, total } = await listDemands(db, { ...query, scope });
      return {
        items: items.map((row) => toDemandDto(row, actor)),
        total,
        page: query.page,
        limit: query.limit,
      };
    },

    /** Edits a draft or open demand; an open demand's new version goes to the matching engine. */
    async update(
      actor: Actor,
      id: string,
      body: UpdateDemandBody,
      requestId?: string,
    ): Promise<Demand> {
      return db.transaction(async (tx) => {
        const { demand, distributor } = await loadOwned(tx, actor, id, body.version);
        policy.assertAllowed(demand.status, 'edit');
        const { version: _version, ...changes } = body;
        const columns = toDemandColumns(changes, {
          current: demand,
          standing: distributor.requirements,
          today: todayInVietnam(),
        });
        const updated = await save(tx, demand, columns);
        if (updated.status === 'open') {
          await queueMatching(tx, updated);
        }
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'demand.update',
          entityType: 'demand',
          entityId: id,
          before: demand,
          after: updated,
          requestId,
        });
        return toDemandDto({ demand: updated, distributor }, actor);
      });
    },

    open: (actor: Actor, id: string, version: number, requestId?: string) =>
      transition(actor, id, version, 'open', requestId),

    close: (actor: Actor, id: string, version: number, requestId?: string) =>
      transition(actor, id, version, 'close', requestId),
  };
}

export type DemandsService = ReturnType<typeof createDemandsService>;
