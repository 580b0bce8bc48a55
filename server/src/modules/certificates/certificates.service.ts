import {
  certificateEvidenceRules,
  type Certificate,
  type CertificatePage,
  type CreateCertificateBody,
  type ListCertificatesQuery,
  type UpdateCertificateBody,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import {
  AppError,
  fieldError,
  forbidden,
  invalidState,
  notFound,
  versionConflict,
} from '../../lib/errors.ts';
import { queueSearchSyncForCertificate } from '../search/search-sync.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { messages } from '../notifications/notifications.messages.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { findOrganizationById } from '../organizations/organizations.repository.ts';
import { productPolicy } from '../products/products.policy.ts';
import { findProductWithProducer } from '../products/products.repository.ts';
import { newStorageKey, type FileDownload, type Storage } from '../storage/storage.ts';
import { schemeLabel, toCertificateDto } from './certificates.dto.ts';
import { detectEvidenceType, evidenceFilename } from './certificates.evidence.ts';
import { factsChanged, toCertificateFacts } from './certificates.input.ts';
import { certificatePolicy as policy } from './certificates.policy.ts';
import {
  deleteCertificateVersioned,
  findCertificateById,
  insertCertificate,
  listCertificates,
  updateCertificateVersioned,
  type CertificateRow,
} from './certificates.repository.ts';
import { todayInVietnam } from './certificates.validity.ts';

type Deps = {
  db: Db;
  storage: Storage;
  publicUrl: string;
  /** Told about evidence files that could not be removed (harmless orphans: no row points at them). */
  onOrphanedFiles?: (keys: string[], error: unknown) => void;
};

const unsupportedEvidence = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', 'The evidence must be a PDF, JPEG, PNG or WebP file', {
    errors: [
      {
        path: '/file',
        message: {
          vi: 'Tệp minh chứng phải là PDF, JPEG, PNG hoặc WebP',
          en: 'The evidence must be a PDF, JPEG, PNG or WebP file',
        },
      },
    ],
  });

const evidenceTooLarge = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than ${certificateEvidenceRules.maxBytes / (1024 * 1024)} MB`,
    {
      data: { maxBytes: certificateEvidenceRules.maxBytes },
    },
  );

/**
 * Producers' certificates: recorded by the owner, verified by coordinators, counted (badges,
 * search, matching) only while valid. Who sees and changes what: certificates.policy.ts.
 */
export function createCertificatesService({ db, storage, publicUrl, onOrphanedFiles }: Deps) {
  async function removeFiles(keys: string[]) {
    const results = await Promise.allSettled(keys.map((key) => storage.delete(key)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      onOrphanedFiles?.(keys, failed.reason);
    }
  }

  /** Whether someone who is neither owner nor staff may see it: the producer verified, the product (if any) public. */
  async function publicContext(db_: DbOrTx, cert: CertificateRow) {
    const organization = await findOrganizationById(db_, cert.organizationId);
    const producerVerified = organization?.verificationStatus === 'verified';
    if (cert.productId === null) {
      return { producerVerified, productPublic: null };
    }
    const product = await findProductWithProducer(db_, cert.productId);
    return {
      producerVerified,
      productPublic: product ? productPolicy.isPublic(product.product, producerVerified) : false,
    };
  }

  /** The certificate if the actor may see it; otherwise a 404 exactly like a missing one. */
  async function loadVisible(
    db_: DbOrTx,
    actor: Actor | null,
    id: string,
    today: string,
    forUpdate = false,
  ): Promise<CertificateRow> {
    const cert = await findCertificateById(db_, id, { forUpdate });
    if (!cert) {
      throw notFound('Certificate');
    }
    if (
      !policy.seesEverything(actor, cert) &&
      !policy.isPubliclyVisible(cert, await publicContext(db_, cert), today)
    ) {
      throw notFound('Certificate');
    }
    return cert;
  }

  /** Loads a certificate for change by its owner: 404 when hidden, 403 when visible but not theirs, 409 when stale. */
  async function loadOwned(
    db_: DbOrTx,
    actor: Actor,
    id: string,
    today: string,
    options: { version?: number; forUpdate?: boolean } = {},
  ): Promise<CertificateRow> {
    const { version, forUpdate = false } = options;
    const cert = await loadVisible(db_, actor, id, today, forUpdate);
    if (!policy.isOwner(actor, cert)) {
      throw forbidden('Only the producer that holds this certificate can change it');
    }
    if (version !== undefined && cert.version !== version) {
      throw versionConflict(cert.version);
    }
    return cert;
  }

  /** The product a new certificate is for: one of the actor's own, not archived. Others' look missing. */
  async function checkOwnProduct(db_: DbOrTx, actor: Actor, productId: string) {
    const row = await findProductWithProducer(db_, productId, { forUpdate: true });
    if (!row || !productPolicy.isOwner(actor, row.product)) {
      throw fieldError('VALIDATION_FAILED', '/productId', {
        vi: 'Không tìm thấy sản phẩm này trong danh sách sản phẩm của bạn',
        en: 'This is not one of your products',
      });
    }
    if (row.product.status === 'archived') {
      throw invalidState('Archived products cannot be edited');
    }
  }

  return {
    async create(
      actor: Actor,
      body: CreateCertificateBody,
      requestId?: string,
    ): Promise<Certificate> {
      if (!policy.canCreate(actor)) {
        throw forbidden('Only producers record certificates');
      }
      const today = todayInVietnam();
      const { productId, ...input } = body;
      const facts = toCertificateFacts(input, undefined, today);
      return db.transaction(async (tx) => {
        if (productId) {
          await checkOwnProduct(tx, actor, productId);
        }
        const cert = await insertCertificate(tx, {
          ...facts,
          organizationId: actor.organizationId!,
          productId: productId ?? null,
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'certificate.create',
          entityType: 'certificate',
          entityId: cert.id,
          after: cert,
          requestId,
        });
        return toCertificateDto(cert, today, true);
      });
    },

    async get(actor: Actor | null, id: string): Promise<Certificate> {
      const today = todayInVietnam();
      const cert = await loadVisible(db, actor, id, today);
      return toCertificateDto(cert, today, policy.seesEverything(actor, cert));
    },

    /**
     * `productId`: what counts for the product (its own and its producer's producer-level
     * certificates). `organizationId`: all of the producer's. Neither: the producer's own, or
     * for staff every certificate (the verification queue with `verified=false`).
     */
    async list(actor: Actor | null, query: ListCertificatesQuery): Promise<CertificatePage> {
      const today = todayInVietnam();
      let full: boolean;
      let appliesToProduct: { productId: string; organizationId: string } | undefined;
      let organizationId = query.organizationId;
      if (query.productId) {
        const row = await findProductWithProducer(db, query.productId);
        full = row !== undefined && (productPolicy.isOwner(actor, row.product) || isStaff(actor));
        if (
          !row ||
          !(
            full ||
            productPolicy.isPublic(row.product, row.producer.verificationStatus === 'verified')
          )
        ) {
          throw notFound('Product');
        }
        appliesToProduct = { productId: row.product.id, organizationId: row.product.producerOrgId };
      } else if (organizationId) {
        const organization = await findOrganizationById(db, organizationId);
        full =
          organization !== undefined &&
          policy.seesEverything(actor, { organizationId: organization.id });
        if (!organization || !(full || organization.verificationStatus === 'verified')) {
          throw notFound('Organization');
        }
      } else if (isStaff(actor)) {
        full = true;
      } else if (actor?.role === 'producer' && actor.organizationId) {
        full = true;
        organizationId = actor.organizationId;
      } else {
        throw fieldError('VALIDATION_FAILED', '/query/productId', {
          vi: 'Hãy chọn sản phẩm (productId) hoặc tổ chức (organizationId)',
          en: 'Give a productId or an organizationId',
        });
      }
      const { items, total } = await listCertificates(db, {
        scope: full ? 'all' : 'public',
        today,
        organizationId,
        appliesToProduct,
        verified: query.verified,
        page: query.page,
        limit: query.limit,
      });
      return {
        items: items.map((c) => toCertificateDto(c, today, full)),
        total,
        page: query.page,
        limit: query.limit,
      };
    },

    /** Edits the facts. Any change to a verified certificate clears its verification: a coordinator checks it again. */
    async update(
      actor: Actor,
      id: string,
      body: UpdateCertificateBody,
      requestId?: string,
    ): Promise<Certificate> {
      const today = todayInVietnam();
      return db.transaction(async (tx) => {
        const cert = await loadOwned(tx, actor, id, today, {
          version: body.version,
          forUpdate: true,
        });
        const { version, ...input } = body;
        const facts = toCertificateFacts(input, cert, today);
        const unverify = cert.verifiedAt !== null && factsChanged(cert, facts);
        const updated = await updateCertificateVersioned(tx, id, version, {
          ...facts,
          ...(unverify ? { verifiedAt: null, verifiedBy: null } : {}),
        });
        await queueSearchSyncForCertificate(tx, cert);
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'certificate.update',
          entityType: 'certificate',
          entityId: id,
          before: cert,
          after: updated,
          requestId,
        });
        return toCertificateDto(updated!, today, true);
      });
    },

    async remove(actor: Actor, id: string, version: number, requestId?: string): Promise<void> {
      const today = todayInVietnam();
      const removed = await db.transaction(async (tx) => {
        const cert = await loadOwned(tx, actor, id, today, { version, forUpdate: true });
        const deleted = await deleteCertificateVersioned(tx, id, version);
        await queueSearchSyncForCertificate(tx, cert);
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'certificate.delete',
          entityType: 'certificate',
          entityId: id,
          before: cert,
          requestId,
        });
        return deleted!;
      });
      // After the commit: a crash here leaves an unreferenced file, never a row without its file.
      if (removed.evidenceKey) {
        await removeFiles([removed.evidenceKey]);
      }
    },

    /** A coordinator vouches for the certificate (usually after checking its evidence or the issuer's register). */
    async verify(
      actor: Actor,
      id: string,
      version: number,
      requestId?: string,
    ): Promise<Certificate> {
      if (!policy.canVerify(actor)) {
        throw forbidden('Only coordinators verify certificates');
      }
      const today = todayInVietnam();
      return db.transaction(async (tx) => {
        const cert = await findCertificateById(tx, id, { forUpdate: true });
        if (!cert) {
          throw notFound('Certificate');
        }
        if (cert.version !== version) {
          throw versionConflict(cert.version);
        }
        if (cert.verifiedAt !== null) {
          throw invalidState('The certificate is already verified');
        }
        const updated = await updateCertificateVersioned(tx, id, version, {
          verifiedAt: new Date(),
          verifiedBy: actor.id,
        });
        await queueSearchSyncForCertificate(tx, cert);
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'certificate.verify',
          entityType: 'certificate',
          entityId: id,
          before: { verifiedAt: null, version: cert.version },
          after: { verifiedAt: updated!.verifiedAt, version: updated!.version },
          requestId,
        });
        const subject = cert.productId
          ? ((await findProductWithProducer(tx, cert.productId))?.product.nameVi ?? '')
          : ((await findOrganizationById(tx, cert.organizationId))?.legalName ?? '');
        await notify(
          tx,
          await findOrganizationRecipients(tx, cert.organizationId),
          messages.certificateVerified,
          {
            values: { scheme: schemeLabel(cert), number: cert.number, subject, id },
            publicUrl,
          },
        );
        return toCertificateDto(updated!, today, true);
      });
    },

    /**
     * Replaces the evidence file. `read` delivers the upload and is called only once the actor
     * may change the certificate, so a refused request is never read. The type comes from the
     * bytes. Invariant: file first, row second; if the row update fails the new file is
     * deleted, and the old file only after the commit — a refused upload leaves no file behind
     * and a row never points at a missing file. New evidence on a verified certificate clears
     * its verification.
     */
    async putEvidence(
      actor: Actor,
      id: string,
      read: () => Promise<Buffer>,
      requestId?: string,
    ): Promise<Certificate> {
      const today = todayInVietnam();
      await loadOwned(db, actor, id, today);
      const data = await read();
      if (data.length > certificateEvidenceRules.maxBytes) {
        throw evidenceTooLarge();
      }
      const contentType = detectEvidenceType(data);
      if (!contentType) {
        throw unsupportedEvidence();
      }
      const key = newStorageKey('certificates');
      await storage.put(key, data);
      let result: { dto: Certificate; previous: string | null };
      try {
        result = await db.transaction(async (tx) => {
          const cert = await loadOwned(tx, actor, id, today, { forUpdate: true });
          const updated = await updateCertificateVersioned(tx, id, cert.version, {
            evidenceKey: key,
            evidenceContentType: contentType,
            evidenceBytes: data.length,
            ...(cert.verifiedAt !== null ? { verifiedAt: null, verifiedBy: null } : {}),
          });
          await queueSearchSyncForCertificate(tx, cert);
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'certificate.evidence',
            entityType: 'certificate',
            entityId: id,
            before: {
              evidence: cert.evidenceKey
                ? { contentType: cert.evidenceContentType, bytes: cert.evidenceBytes }
                : null,
              verifiedAt: cert.verifiedAt,
            },
            after: {
              evidence: { contentType, bytes: data.length },
              verifiedAt: updated!.verifiedAt,
            },
            requestId,
          });
          return { dto: toCertificateDto(updated!, today, true), previous: cert.evidenceKey };
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

    /** The evidence file, for the owner and staff only. */
    async getEvidence(actor: Actor, id: string): Promise<FileDownload> {
      const cert = await loadVisible(db, actor, id, todayInVietnam());
      if (!policy.seesEverything(actor, cert)) {
        throw forbidden(
          'Only the producer that holds this certificate and the centre can see its evidence',
        );
      }
      if (!cert.evidenceKey || !cert.evidenceContentType) {
        throw notFound('Evidence');
      }
      const file = await storage.stream(cert.evidenceKey);
      if (!file) {
        throw notFound('Evidence');
      }
      return {
        ...file,
        contentType: cert.evidenceContentType,
        filename: evidenceFilename(cert, cert.evidenceContentType),
      };
    },
  };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
