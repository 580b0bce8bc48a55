import {
  agreementDocumentRules,
  isIntroducedStatus,
  type Agreement,
  type AgreementKind,
  type AgreementPage,
  type CreateAgreementBody,
  type ListAgreementsQuery,
} from '@ketnoi/shared';
import { provinceByCode } from '@ketnoi/shared/reference';
import type { Db, DbOrTx } from '../../db/client.ts';
import { isStaff, type Actor } from '../../lib/actor.ts';
import { AppError, fieldError, forbidden, invalidState, notFound } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { findEventById } from '../events/events.repository.ts';
import { countProductsOf, findMatchView } from '../matches/matches.repository.ts';
import { resolveProvinceField } from '../organizations/organizations.input.ts';
import { findOrganizationById } from '../organizations/organizations.repository.ts';
import { newStorageKey, type FileDownload, type Storage } from '../storage/storage.ts';
import { documentFilename, isPdf } from './agreements.document.ts';
import {
  countProductsInProvince,
  findAgreementView,
  insertAgreement,
  listAgreements,
  updateAgreement,
  type AgreementRow,
  type AgreementView,
} from './agreements.repository.ts';

const documentOf = (agreement: AgreementRow) =>
  agreement.documentKey !== null &&
  agreement.documentBytes !== null &&
  agreement.documentUploadedAt !== null
    ? { sizeBytes: agreement.documentBytes, uploadedAt: agreement.documentUploadedAt.toISOString() }
    : null;

export function toAgreementDto({
  agreement,
  producer,
  distributor,
  event,
}: AgreementView): Agreement {
  const party = (p: AgreementView['producer']) =>
    p?.id ? { id: p.id, name: p.tradingName ?? p.legalName ?? '' } : null;
  const province = agreement.provinceCode ? provinceByCode(agreement.provinceCode) : undefined;
  return {
    id: agreement.id,
    kind: agreement.kind as AgreementKind,
    matchId: agreement.matchId,
    producer: party(producer),
    distributor: party(distributor),
    province: province ? { code: province.code, vi: province.vi, en: province.en } : null,
    event: event?.id
      ? { id: event.id, titleVi: event.titleVi ?? '', titleEn: event.titleEn ?? null }
      : null,
    document: documentOf(agreement),
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
  /** Both set for an agreement between organizations; both null for a province ↔ city one. */
  producerOrgId: string | null;
  distributorOrgId: string | null;
  provinceCode?: string | null;
  eventId?: string | null;
  signedOn: string;
  value: number | null;
  currency: string | null;
  productIds: string[];
  note: string | null;
};

/**
 * Records an agreement in the caller's transaction and audits it. Refuses a signature date in the
 * future and products that are not the producer's (for a province ↔ city agreement: not made in
 * the province); `path` prefixes the field paths of errors (`/agreement` when it comes with a won
 * match).
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
  const province = values.provinceCode ?? null;
  const covered =
    province !== null
      ? await countProductsInProvince(tx, province, values.productIds)
      : await countProductsOf(tx, values.producerOrgId!, values.productIds);
  if (covered !== values.productIds.length) {
    throw fieldError(
      'VALIDATION_FAILED',
      `${path}/productIds`,
      province !== null
        ? {
            vi: 'Chỉ được ghi các sản phẩm của tỉnh/thành trong thỏa thuận',
            en: "Only products made in the agreement's province can be covered by it",
          }
        : {
            vi: 'Chỉ được ghi các sản phẩm của nhà sản xuất trong thỏa thuận',
            en: "Only the producer's own products can be covered by the agreement",
          },
    );
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

type Deps = {
  db: Db;
  storage: Storage;
  /** Told about document files that could not be removed (harmless orphans: no row points at them). */
  onOrphanedFiles?: (keys: string[], error: unknown) => void;
};

const documentNotPdf = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', 'The agreement document must be a PDF file', {
    errors: [
      {
        path: '/file',
        message: {
          vi: 'Văn bản thỏa thuận phải là tệp PDF',
          en: 'The agreement document must be a PDF file',
        },
      },
    ],
  });

const documentTooLarge = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than ${agreementDocumentRules.maxBytes / (1024 * 1024)} MB`,
    { data: { maxBytes: agreementDocumentRules.maxBytes } },
  );

export function createAgreementsService({ db, storage, onOrphanedFiles }: Deps) {
  async function removeFiles(keys: string[]) {
    const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      onOrphanedFiles?.(keys, failed.reason);
    }
  }

  /**
   * Staff see every agreement; a producer or distributor only those its organization is a party
   * to — any other (a province ↔ city one included) answers like a missing id.
   */
  async function loadVisible(actor: Actor, id: string): Promise<AgreementView> {
    const view = await findAgreementView(db, id);
    const { producerOrgId, distributorOrgId } = view?.agreement ?? {};
    const party =
      actor.organizationId !== null &&
      (producerOrgId === actor.organizationId || distributorOrgId === actor.organizationId);
    if (!view || (!isStaff(actor) && !party)) {
      throw notFound('Agreement');
    }
    return view;
  }

  /** The parties of a new agreement: a province and the city, from its match, or both given. */
  async function partiesOf(tx: DbOrTx, body: CreateAgreementBody) {
    if (body.provinceCode !== undefined) {
      for (const field of ['matchId', 'producerOrgId', 'distributorOrgId'] as const) {
        if (body[field] !== undefined) {
          throw fieldError('VALIDATION_FAILED', `/${field}`, {
            vi: 'Thỏa thuận giữa tỉnh và thành phố không có doanh nghiệp hay kết nối nào',
            en: 'A province ↔ city agreement has no organization party and no match',
          });
        }
      }
      return {
        producerOrgId: null,
        distributorOrgId: null,
        provinceCode: resolveProvinceField(body.provinceCode, '/provinceCode'),
        defaultProductIds: [] as string[],
      };
    }
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
      return {
        producerOrgId: view.match.producerOrgId,
        distributorOrgId: view.match.distributorOrgId,
        provinceCode: null,
        defaultProductIds: [view.match.productId],
      };
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
      provinceCode: null,
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
        eventId: query.eventId,
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
        if (body.eventId !== undefined && !(await findEventById(tx, body.eventId))) {
          throw fieldError('VALIDATION_FAILED', '/eventId', {
            vi: 'Không tìm thấy sự kiện này',
            en: 'No event with this id',
          });
        }
        return recordAgreement(
          tx,
          actor,
          {
            kind: body.kind,
            title: body.title.trim(),
            matchId: body.matchId ?? null,
            producerOrgId: parties.producerOrgId,
            distributorOrgId: parties.distributorOrgId,
            provinceCode: parties.provinceCode,
            eventId: body.eventId ?? null,
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

    /**
     * Attaches the signed document, replacing any earlier one. `read` delivers the upload and is
     * called only once the actor may attach it, so a refused request is never read. Invariant as
     * for certificate evidence: file first, row second; a refused or failed upload leaves no file
     * behind, and the old file goes only after the commit.
     */
    async putDocument(
      actor: Actor,
      id: string,
      read: () => Promise<Buffer>,
      requestId?: string,
    ): Promise<Agreement> {
      if (!isStaff(actor)) {
        throw forbidden('Only coordinators attach agreement documents');
      }
      if (!(await findAgreementView(db, id))) {
        throw notFound('Agreement');
      }
      const data = await read();
      if (data.length > agreementDocumentRules.maxBytes) {
        throw documentTooLarge();
      }
      if (!isPdf(data)) {
        throw documentNotPdf();
      }
      const key = newStorageKey('agreements');
      await storage.put(key, data);
      let result: { dto: Agreement; previous: string | null };
      try {
        result = await db.transaction(async (tx) => {
          const current = await findAgreementView(tx, id, { forUpdate: true });
          if (!current) {
            throw notFound('Agreement');
          }
          const before = current.agreement;
          const updated = await updateAgreement(tx, id, {
            documentKey: key,
            documentBytes: data.length,
            documentUploadedAt: new Date(),
          });
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'agreement.document',
            entityType: 'agreement',
            entityId: id,
            before: { document: documentOf(before) },
            after: { document: documentOf(updated.agreement) },
            requestId,
          });
          return { dto: toAgreementDto(updated), previous: before.documentKey };
        });
      } catch (err) {
        await removeFiles([key]);
        throw err;
      }
      if (result.previous) {
        await removeFiles([result.previous]);
      }
      return result.dto;
    },

    /** The signed document, for staff and the organizations party to the agreement. */
    async getDocument(actor: Actor, id: string): Promise<FileDownload> {
      const { agreement } = await loadVisible(actor, id);
      if (!agreement.documentKey) {
        throw notFound('Document');
      }
      const file = await storage.stream(agreement.documentKey);
      if (!file) {
        throw notFound('Document');
      }
      return { ...file, contentType: 'application/pdf', filename: documentFilename(agreement) };
    },
  };
}

export type AgreementsService = ReturnType<typeof createAgreementsService>;
