import {
  isIntroducedStatus,
  type Agreement,
  type AgreementKind,
  type AgreementPage,
  type CreateAgreementBody,
  type ListAgreementsQuery,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import { isStaff, type Actor } from '../../lib/actor.ts';
import { fieldError, forbidden, invalidState, notFound } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { countProductsOf, findMatchView } from '../matches/matches.repository.ts';
import { findOrganizationById } from '../organizations/organizations.repository.ts';
import { insertAgreement, listAgreements, type AgreementView } from './agreements.repository.ts';

export function toAgreementDto({ agreement, producer, distributor }: AgreementView): Agreement {
  const party = (p: AgreementView['producer']) =>
    p?.id ? { id: p.id, name: p.tradingName ?? p.legalName ?? '' } : null;
  return {
    id: agreement.id,
    kind: agreement.kind as AgreementKind,
    matchId: agreement.matchId,
    producer: party(producer),
    distributor: party(distributor),
    title: agreement.title,
    signedOn: agreement.signedOn,
    value: agreement.value,
    currency: agreement.currency,
    productIds: agreement.productIds,
    note: agreement.note,
    createdAt: agreement.createdAt.toISOString(),
    updatedAt: agreement.updatedAt.toISOString(),
  };
}

export type AgreementValues = {
  kind: AgreementKind;
  title: string;
  matchId: string | null;
  producerOrgId: string;
  distributorOrgId: string;
  signedOn: string;
  value: number | null;
  currency: string | null;
  productIds: string[];
  note: string | null;
};

/**
 * Records an agreement in the caller's transaction and audits it. Refuses a signature date in the
 * future and products that are not the producer's; `path` prefixes the field paths of errors
 * (`/agreement` when it comes with a won match).
 */
export async function recordAgreement(
  tx: DbOrTx,
  actor: Actor,
  values: AgreementValues,
  path: string,
  requestId?: string,
): Promise<Agreement> {
  if (values.signedOn > todayInVietnam()) {
    throw fieldError('VALIDATION_FAILED', `${path}/signedOn`, {
      vi: 'Ngày ký không thể ở tương lai',
      en: 'The signing date cannot be in the future',
    });
  }
  const owned = await countProductsOf(tx, values.producerOrgId, values.productIds);
  if (owned !== values.productIds.length) {
    throw fieldError('VALIDATION_FAILED', `${path}/productIds`, {
      vi: 'Chỉ được ghi các sản phẩm của nhà sản xuất trong thỏa thuận',
      en: "Only the producer's own products can be covered by the agreement",
    });
  }
  const view = await insertAgreement(tx, { ...values, createdBy: actor.id });
  await writeAudit(tx, {
    actorId: actor.id,
    action: 'agreement.create',
    entityType: 'agreement',
    entityId: view.agreement.id,
    after: view.agreement,
    requestId,
  });
  return toAgreementDto(view);
}

type Deps = { db: Db };

export function createAgreementsService({ db }: Deps) {
  /** The parties of a new agreement: from its match, or both given. */
  async function partiesOf(tx: DbOrTx, body: CreateAgreementBody) {
    if (body.matchId !== undefined) {
      const view = await findMatchView(tx, body.matchId);
      if (!view) {
        throw notFound('Match');
      }
      if (!isIntroducedStatus(view.match.status)) {
        throw invalidState(`Agreements follow an introduction; this match is ${view.match.status}`);
      }
      for (const [field, id] of [
        ['producerOrgId', view.match.producerOrgId],
        ['distributorOrgId', view.match.distributorOrgId],
      ] as const) {
        if (body[field] !== undefined && body[field] !== id) {
          throw fieldError('VALIDATION_FAILED', `/${field}`, {
            vi: 'Bên ký không khớp với kết nối',
            en: "The party is not the match's",
          });
        }
      }
      return { ...view.match, defaultProductIds: [view.match.productId] };
    }
    for (const [field, kind] of [
      ['producerOrgId', 'producer'],
      ['distributorOrgId', 'distributor'],
    ] as const) {
      const id = body[field];
      const org = id === undefined ? undefined : await findOrganizationById(tx, id);
      if (org?.kind !== kind) {
        throw fieldError('VALIDATION_FAILED', `/${field}`, {
          vi: id === undefined ? 'Cần chọn bên ký (hoặc một kết nối)' : 'Không tìm thấy bên ký này',
          en:
            id === undefined
              ? 'Give the party (or a match)'
              : `No ${kind} organization with this id`,
        });
      }
    }
    return {
      producerOrgId: body.producerOrgId!,
      distributorOrgId: body.distributorOrgId!,
      defaultProductIds: [] as string[],
    };
  }

  return {
    async list(actor: Actor, query: ListAgreementsQuery): Promise<AgreementPage> {
      const staff = isStaff(actor);
      if (!staff && actor.organizationId === null) {
        return { items: [], total: 0, page: query.page, limit: query.limit };
      }
      const { items, total } = await listAgreements(db, {
        organizationId: staff ? null : actor.organizationId,
        year: query.year,
        matchId: query.matchId,
        page: query.page,
        limit: query.limit,
      });
      return { items: items.map(toAgreementDto), total, page: query.page, limit: query.limit };
    },

    async create(actor: Actor, body: CreateAgreementBody, requestId?: string): Promise<Agreement> {
      if (!isStaff(actor)) {
        throw forbidden('Only coordinators record agreements');
      }
      if ((body.value === undefined) !== (body.currency === undefined)) {
        throw fieldError('VALIDATION_FAILED', body.value === undefined ? '/value' : '/currency', {
          vi: 'Giá trị và đơn vị tiền tệ phải đi cùng nhau',
          en: 'Give the value and its currency together',
        });
      }
      return db.transaction(async (tx) => {
        const parties = await partiesOf(tx, body);
        return recordAgreement(
          tx,
          actor,
          {
            kind: body.kind,
            title: body.title.trim(),
            matchId: body.matchId ?? null,
            producerOrgId: parties.producerOrgId,
            distributorOrgId: parties.distributorOrgId,
            signedOn: body.signedOn,
            value: body.value ?? null,
            currency: body.currency ?? null,
            productIds: body.productIds ?? parties.defaultProductIds,
            note: body.note?.trim() || null,
          },
          '',
          requestId,
        );
      });
    },
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
