import type { LightMyRequestResponse } from 'fastify';
import type { OutboxTopic } from '../../src/jobs/queues.ts';
import { products, sampleRequests } from '../../src/db/schema/index.ts';
import type { TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';
import { insertMatch, insertProduct } from '../helpers/sourcing-fixtures.ts';
import { createDemand, openDemand } from '../routes/api/v1/demands/demand-fixtures.ts';
import { createEvent, publishEvent } from '../routes/api/v1/events/programme-fixtures.ts';
import { eq } from 'drizzle-orm';

/**
 * The review, approval and status-change routes, each as a scenario that prepares a fresh record
 * and sends one request that should change it. Shared by the audit (D1) and outbox (D2) suites:
 * both need "the same write, once more, from a clean start".
 */
export type Prepared = {
  /** The table and id of the record the route changes (read back raw to compare). */
  table: string;
  id: string;
  send: () => Promise<LightMyRequestResponse>;
  /** Outbox rows the success writes, per topic (notify.email: one per recipient). */
  topics: Partial<Record<OutboxTopic, number>>;
};
export type Scenario = {
  name: string;
  /** The audit action the success records. */
  action: string;
  actor: keyof World;
  prepare: () => Promise<Prepared>;
};

export type World = {
  coordinator: Account;
  admin: Account;
  producer: Account;
  distributor: Account;
};

type SampleStatus = (typeof sampleRequests.$inferSelect)['status'];

export async function createWorld(ctx: TestContext): Promise<World> {
  const [coordinator, admin, producer, distributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  await verifyOrganization(ctx.database, producer.organizationId);
  await verifyOrganization(ctx.database, distributor.organizationId);
  return { coordinator, admin, producer, distributor };
}

export function routeScenarios(ctx: TestContext, world: World): Scenario[] {
  const inject = (
    account: Account,
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: authHeader(account.accessToken),
      ...(payload ? { payload } : {}),
    });

  const draftProduct = async (status: 'draft' | 'pending_review') => {
    const row = await insertProduct(ctx.database, world.producer.organizationId, {
      published: false,
    });
    if (status === 'draft') {
      return row;
    }
    const [updated] = await ctx.database.db
      .update(products)
      .set({ status, submittedAt: new Date() })
      .where(eq(products.id, row.id))
      .returning();
    return updated!;
  };

  const sample = async (status: SampleStatus) => {
    const product = await insertProduct(ctx.database, world.producer.organizationId);
    const [row] = await ctx.database.db
      .insert(sampleRequests)
      .values({
        productId: product.id,
        producerOrgId: world.producer.organizationId,
        distributorOrgId: world.distributor.organizationId,
        requestedBy: world.distributor.user.id,
        status,
        quantity: 2,
        unit: 'jar',
        deliveryAddress: '12 Lê Lợi, Quận 1, TP. Hồ Chí Minh',
      })
      .returning();
    return row!;
  };

  const match = async (status: 'proposed' | 'introduced') => {
    const product = await insertProduct(ctx.database, world.producer.organizationId);
    return (await insertMatch(ctx.database, world.distributor, product, { status })).match;
  };

  // One member per party organization: every notification goes to one e-mail address.
  const sampleStep = (
    action: string,
    from: SampleStatus,
    by: 'producer' | 'distributor',
    body: object,
  ): Scenario => ({
    name: `POST /sample-requests/:id/${action}`,
    action: `sample_request.${action}`,
    actor: by,
    prepare: async () => {
      const row = await sample(from);
      return {
        table: 'sample_requests',
        id: row.id,
        send: () =>
          inject(world[by], 'POST', `/sample-requests/${row.id}/${action}`, {
            ...body,
            version: row.version,
          }),
        topics: { 'notify.email': 1 },
      };
    },
  });

  return [
    {
      name: 'POST /review/organizations/:id/verify',
      action: 'organization.verify',
      actor: 'coordinator',
      prepare: async () => {
        const owner = await quickAccount(ctx.app, ctx.database, 'producer');
        return {
          table: 'organizations',
          id: owner.organizationId,
          send: () =>
            inject(
              world.coordinator,
              'POST',
              `/review/organizations/${owner.organizationId}/verify`,
              {},
            ),
          topics: { 'notify.email': 1 },
        };
      },
    },
    {
      name: 'POST /review/organizations/:id/reject',
      action: 'organization.reject',
      actor: 'coordinator',
      prepare: async () => {
        const owner = await quickAccount(ctx.app, ctx.database, 'producer');
        return {
          table: 'organizations',
          id: owner.organizationId,
          send: () =>
            inject(
              world.coordinator,
              'POST',
              `/review/organizations/${owner.organizationId}/reject`,
              {
                reason: 'Mã số thuế không khớp',
              },
            ),
          topics: { 'notify.email': 1 },
        };
      },
    },
    {
      name: 'POST /products/:id/submit',
      action: 'product.submit',
      actor: 'producer',
      prepare: async () => {
        const row = await draftProduct('draft');
        return {
          table: 'products',
          id: row.id,
          send: () =>
            inject(world.producer, 'POST', `/products/${row.id}/submit`, { version: row.version }),
          topics: {},
        };
      },
    },
    {
      name: 'POST /review/products/:id/approve',
      action: 'product.approve',
      actor: 'coordinator',
      prepare: async () => {
        const row = await draftProduct('pending_review');
        return {
          table: 'products',
          id: row.id,
          send: () =>
            inject(world.coordinator, 'POST', `/review/products/${row.id}/approve`, {
              version: row.version,
            }),
          topics: { 'search.product': 1, 'matching.product': 1, 'notify.email': 1 },
        };
      },
    },
    {
      name: 'POST /review/products/:id/reject',
      action: 'product.reject',
      actor: 'coordinator',
      prepare: async () => {
        const row = await draftProduct('pending_review');
        return {
          table: 'products',
          id: row.id,
          send: () =>
            inject(world.coordinator, 'POST', `/review/products/${row.id}/reject`, {
              version: row.version,
              reason: 'Thiếu ảnh nhãn sản phẩm',
            }),
          topics: { 'search.product': 1, 'matching.product': 1, 'notify.email': 1 },
        };
      },
    },
    {
      name: 'DELETE /products/:id (archive)',
      action: 'product.archive',
      actor: 'producer',
      prepare: async () => {
        const row = await insertProduct(ctx.database, world.producer.organizationId);
        return {
          table: 'products',
          id: row.id,
          send: () =>
            inject(world.producer, 'DELETE', `/products/${row.id}?version=${row.version}`),
          topics: { 'search.product': 1, 'matching.product': 1 },
        };
      },
    },
    {
      name: 'POST /demands/:id/open',
      action: 'demand.open',
      actor: 'distributor',
      prepare: async () => {
        const demand = await createDemand(ctx.app, world.distributor);
        return {
          table: 'demands',
          id: demand.id,
          send: () =>
            inject(world.distributor, 'POST', `/demands/${demand.id}/open`, {
              version: demand.version,
            }),
          topics: { 'matching.demand': 1 },
        };
      },
    },
    {
      name: 'POST /demands/:id/close',
      action: 'demand.close',
      actor: 'distributor',
      prepare: async () => {
        const demand = await openDemand(
          ctx.app,
          world.distributor,
          await createDemand(ctx.app, world.distributor),
        );
        return {
          table: 'demands',
          id: demand.id,
          send: () =>
            inject(world.distributor, 'POST', `/demands/${demand.id}/close`, {
              version: demand.version,
            }),
          topics: {},
        };
      },
    },
    {
      name: 'POST /matches/:id/approve',
      action: 'match.approve',
      actor: 'coordinator',
      prepare: async () => {
        const row = await match('proposed');
        return {
          table: 'matches',
          id: row.id,
          send: () =>
            inject(world.coordinator, 'POST', `/matches/${row.id}/approve`, {
              version: row.version,
            }),
          topics: { 'notify.email': 2 },
        };
      },
    },
    {
      name: 'POST /matches/:id/reject',
      action: 'match.reject',
      actor: 'coordinator',
      prepare: async () => {
        const row = await match('proposed');
        return {
          table: 'matches',
          id: row.id,
          send: () =>
            inject(world.coordinator, 'POST', `/matches/${row.id}/reject`, {
              version: row.version,
              reason: 'Sản lượng không đủ',
            }),
          topics: {},
        };
      },
    },
    {
      name: 'PATCH /matches/:id (pipeline)',
      action: 'match.negotiating',
      actor: 'distributor',
      prepare: async () => {
        const row = await match('introduced');
        return {
          table: 'matches',
          id: row.id,
          send: () =>
            inject(world.distributor, 'PATCH', `/matches/${row.id}`, {
              status: 'negotiating',
              version: row.version,
            }),
          topics: { 'notify.email': 1 },
        };
      },
    },
    sampleStep('accept', 'requested', 'producer', {}),
    sampleStep('decline', 'requested', 'producer', { reason: 'Hết hàng mẫu' }),
    sampleStep('ship', 'accepted', 'producer', {
      carrier: 'Viettel Post',
      trackingNumber: 'VTP-1',
    }),
    sampleStep('deliver', 'shipped', 'distributor', {}),
    sampleStep('evaluate', 'delivered', 'distributor', {
      fitToSpecification: 4,
      tasteOrQuality: 4,
      packaging: 5,
      labelCompliance: 4,
      remainingShelfLife: 3,
      priceAcceptance: 4,
      decision: 'go',
    }),
    {
      name: 'POST /certificates/:id/verify',
      action: 'certificate.verify',
      actor: 'coordinator',
      prepare: async () => {
        const created = await inject(world.producer, 'POST', '/certificates', {
          scheme: 'vietgap',
          issuer: 'Trung tâm Chứng nhận Phù hợp QUACERT',
          number: `VG-${Date.now().toString(36)}`,
          issuedOn: '2025-01-15',
          expiresOn: '2028-01-15',
        });
        const cert = created.json<{ id: string; version: number }>();
        return {
          table: 'certificates',
          id: cert.id,
          send: () =>
            inject(world.coordinator, 'POST', `/certificates/${cert.id}/verify`, {
              version: cert.version,
            }),
          topics: {},
        };
      },
    },
    {
      name: 'POST /events/:id/publish',
      action: 'event.publish',
      actor: 'coordinator',
      prepare: async () => {
        const event = await createEvent(ctx, world.coordinator);
        return {
          table: 'events',
          id: event.id,
          send: () =>
            inject(world.coordinator, 'POST', `/events/${event.id}/publish`, {
              version: event.version,
            }),
          topics: {},
        };
      },
    },
    {
      name: 'POST /events/:id/cancel',
      action: 'event.cancel',
      actor: 'coordinator',
      prepare: async () => {
        const event = await publishEvent(
          ctx,
          world.coordinator,
          await createEvent(ctx, world.coordinator),
        );
        return {
          table: 'events',
          id: event.id,
          send: () =>
            inject(world.coordinator, 'POST', `/events/${event.id}/cancel`, {
              version: event.version,
              reason: 'Địa điểm không còn trống',
            }),
          topics: {},
        };
      },
    },
    {
      name: 'PATCH /admin/users/:id (disable)',
      action: 'user.disable',
      actor: 'admin',
      prepare: async () => {
        const user = await quickAccount(ctx.app, ctx.database, 'producer');
        return {
          table: 'users',
          id: user.user.id,
          send: () =>
            inject(world.admin, 'PATCH', `/admin/users/${user.user.id}`, { disabled: true }),
          topics: {},
        };
      },
    },
  ];
}

/** The record exactly as stored (every column), to prove a refused or failed write left it alone. */
export async function readRow(ctx: TestContext, table: string, id: string) {
  const { rows } = await ctx.database.pool.query(
    `select * from ${JSON.stringify(table)} where id = $1`,
    [id],
  );
  return rows[0] as Record<string, unknown> | undefined;
}

/** Row counts of the tables a write may touch besides its record. */
export async function sideTableCounts(ctx: TestContext) {
  const { rows } = await ctx.database.pool.query<{ audit: string; outbox: string; notes: string }>(
    `select (select count(*) from audit_log) as audit, (select count(*) from outbox) as outbox,
            (select count(*) from notifications) as notes`,
  );
  return {
    audit: Number(rows[0]!.audit),
    outbox: Number(rows[0]!.outbox),
    notifications: Number(rows[0]!.notes),
  };
}

/**
 * A fault armed from the test only: a deferred constraint trigger created in this test database
 * raises at COMMIT of any transaction that inserted into `table` while `integrity_faults` names
 * it. So the business write, audit and outbox rows are all written, then the commit fails: the
 * exact "failure after the write and before commit" of D1/D2, without a flag in production code.
 */
export async function installFaults(ctx: TestContext) {
  await ctx.database.pool.query(`
    create table if not exists integrity_faults (target text primary key);
    create or replace function integrity_fault() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from integrity_faults where target = TG_TABLE_NAME) then
        raise exception 'integrity test fault at commit (%)', TG_TABLE_NAME;
      end if;
      return null;
    end $$;
    drop trigger if exists integrity_fault on outbox;
    create constraint trigger integrity_fault after insert on outbox
      deferrable initially deferred for each row execute function integrity_fault();
    drop trigger if exists integrity_fault on audit_log;
    create constraint trigger integrity_fault after insert on audit_log
      deferrable initially deferred for each row execute function integrity_fault();
  `);
  return {
    arm: (target: 'outbox' | 'audit_log') =>
      ctx.database.pool.query(`insert into integrity_faults values ($1) on conflict do nothing`, [
        target,
      ]),
    disarm: () => ctx.database.pool.query(`delete from integrity_faults`),
  };
}
