import {
  defaultDistributorRequirements,
  defaultRetailReadiness,
  type Organization,
  type ReviewOrganizationsQuery,
  type UpdateOrganizationBody,
} from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import {
  fieldError,
  forbidden,
  invalidState,
  notFound,
  versionConflict,
} from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { queueSearchSyncForOrganization } from '../search/search-sync.ts';
import { messages } from '../notifications/notifications.messages.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import { findProducerResponsiveness } from '../samples/responsiveness.repository.ts';
import { toOrganizationColumns } from './organizations.input.ts';
import { organizationPolicy as policy } from './organizations.policy.ts';
import {
  areIntroduced,
  findOrganizationById,
  findOrganizationByTaxCode,
  findOrganizationForUpdate,
  listOrganizations,
  updateOrganizationVersioned,
  type OrganizationRow,
} from './organizations.repository.ts';

export function toOrganizationDto(
  row: OrganizationRow,
  showPrivate: boolean,
  showReviewNote = showPrivate,
): Organization {
  const dto: Organization = {
    id: row.id,
    kind: row.kind,
    legalName: row.legalName,
    tradingName: row.tradingName,
    province: row.provinceCode,
    address: row.address,
    country: row.country,
    channel: row.channel,
    legalForm: row.legalForm,
    descriptionVi: row.descriptionVi,
    descriptionEn: row.descriptionEn,
    website: row.website,
    retailReadiness:
      row.kind === 'producer' ? { ...defaultRetailReadiness, ...row.retailReadiness } : null,
    requirements:
      row.kind === 'distributor'
        ? { ...defaultDistributorRequirements, ...row.requirements }
        : null,
    verificationStatus: row.verificationStatus,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (showPrivate) {
    dto.taxCode = row.taxCode;
    dto.contactName = row.contactName;
    dto.contactEmail = row.contactEmail;
    dto.contactPhone = row.contactPhone;
  }
  if (showReviewNote) {
    dto.verificationNote = row.verificationNote;
  }
  return dto;
}

/** A rejection must say why in words, not in blanks. */
export function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 3) {
    throw fieldError('VALIDATION_FAILED', '/reason', {
      vi: 'Hãy ghi rõ lý do (ít nhất 3 ký tự)',
      en: 'Give a reason (at least 3 characters)',
    });
  }
  return trimmed;
}

/** Changing who the organization legally is means it must be verified again. */
const identityFields = ['legalName', 'taxCode'] as const;

type Deps = { db: Db; publicUrl: string; sessionCache: SessionCache };

export function createOrganizationsService({ db, publicUrl, sessionCache }: Deps) {
  return {
    async get(actor: Actor | null, id: string): Promise<Organization> {
      const org = await findOrganizationById(db, id);
      // Hidden and missing look the same: a 404 tells an outsider nothing.
      if (!org || !policy.canView(actor, org)) {
        throw notFound('Organization');
      }
      const introduced =
        policy.mayBeIntroduced(actor, org) &&
        (await areIntroduced(db, actor!.organizationId!, org.id));
      const dto = toOrganizationDto(
        org,
        policy.canSeePrivate(actor, org, introduced),
        policy.canSeeReviewNote(actor, org),
      );
      // The responsiveness badge: public, like the retail-readiness badges.
      if (org.kind === 'producer') {
        dto.responsiveness = await findProducerResponsiveness(db, org.id);
      }
      return dto;
    },

    async update(
      actor: Actor,
      id: string,
      body: UpdateOrganizationBody,
      requestId?: string,
    ): Promise<Organization> {
      const result = await db.transaction(async (tx) => {
        const org = await findOrganizationForUpdate(tx, id);
        if (!org || !policy.canView(actor, org)) {
          throw notFound('Organization');
        }
        if (!policy.canEdit(actor, org)) {
          throw forbidden('Only members of this organization can edit its profile');
        }
        if (org.version !== body.version) {
          throw versionConflict(org.version);
        }
        const { version, ...changes } = body;
        const columns = toOrganizationColumns(changes, org.kind);
        if (columns.taxCode && columns.taxCode !== org.taxCode) {
          const other = await findOrganizationByTaxCode(tx, columns.taxCode);
          if (other) {
            throw fieldError('TAX_CODE_TAKEN', '/taxCode', {
              vi: 'Mã số thuế này đã được đăng ký',
              en: 'This tax code is already registered',
            });
          }
        }
        const identityChanged = identityFields.some(
          (f) => columns[f] !== undefined && columns[f] !== org[f],
        );
        const reverify = identityChanged && org.verificationStatus === 'verified';
        // A rejected organization that updates its profile goes back into the review queue.
        if (org.verificationStatus === 'rejected' && policy.isMember(actor, org)) {
          columns.verificationStatus = 'pending';
        }
        if (reverify) {
          Object.assign(columns, {
            verificationStatus: 'pending',
            verifiedAt: null,
            verifiedBy: null,
            verificationNote: null,
          });
        }
        const updated = await updateOrganizationVersioned(tx, id, version, columns);
        if (!updated) {
          throw versionConflict(org.version + 1);
        }
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'organization.update',
          entityType: 'organization',
          entityId: id,
          before: org,
          after: updated,
          requestId,
        });
        if (reverify) {
          await queueSearchSyncForOrganization(tx, id);
          const recipients = await findOrganizationRecipients(tx, id);
          await notify(tx, recipients, messages.organizationPendingAgain, {
            values: { name: updated.legalName },
            publicUrl,
          });
        }
        return toOrganizationDto(updated, true);
      });
      sessionCache.invalidateOrganization(id);
      return result;
    },

    async listForReview(actor: Actor, query: ReviewOrganizationsQuery) {
      if (!policy.canReview(actor)) {
        throw forbidden('Only coordinators review organizations');
      }
      const { items, total } = await listOrganizations(db, query);
      return {
        items: items.map((o) => toOrganizationDto(o, true)),
        total,
        page: query.page,
        limit: query.limit,
      };
    },

    verify(actor: Actor, id: string, note: string | undefined, requestId?: string) {
      return this.decide(actor, id, { status: 'verified', note: note ?? null }, requestId);
    },

    reject(actor: Actor, id: string, reason: string, requestId?: string) {
      return this.decide(actor, id, { status: 'rejected', note: requireReason(reason) }, requestId);
    },

    /**
     * A review decision: pending or rejected → verified; pending or verified → rejected.
     * Audit and notifications are written in the same transaction; the e-mail goes via the outbox.
     */
    async decide(
      actor: Actor,
      id: string,
      decision: { status: 'verified' | 'rejected'; note: string | null },
      requestId?: string,
    ): Promise<Organization> {
      if (!policy.canReview(actor)) {
        throw forbidden('Only coordinators review organizations');
      }
      const result = await db.transaction(async (tx) => {
        const org = await findOrganizationForUpdate(tx, id);
        if (!org) {
          throw notFound('Organization');
        }
        if (org.verificationStatus === decision.status) {
          throw invalidState(
            `The organization is already ${decision.status}`,
            org.verificationStatus === 'verified' ? ['reject'] : ['verify'],
          );
        }
        const updated = await updateOrganizationVersioned(tx, id, org.version, {
          verificationStatus: decision.status,
          verificationNote: decision.note,
          verifiedBy: actor.id,
          verifiedAt: decision.status === 'verified' ? new Date() : null,
        });
        // Verifying puts the producer's approved products into search; rejecting takes them out.
        await queueSearchSyncForOrganization(tx, id);
        await writeAudit(tx, {
          actorId: actor.id,
          action: decision.status === 'verified' ? 'organization.verify' : 'organization.reject',
          entityType: 'organization',
          entityId: id,
          before: {
            verificationStatus: org.verificationStatus,
            verificationNote: org.verificationNote,
          },
          after: { verificationStatus: decision.status, verificationNote: decision.note },
          requestId,
        });
        const recipients = await findOrganizationRecipients(tx, id);
        const message =
          decision.status === 'verified'
            ? messages.organizationVerified
            : messages.organizationRejected;
        await notify(tx, recipients, message, {
          values: { name: org.legalName, reason: decision.note ?? '' },
          email: true,
          publicUrl,
        });
        return toOrganizationDto(updated!, true);
      });
      sessionCache.invalidateOrganization(id);
      return result;
    },
  };
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
