import type { Campaign, CampaignEntry, CampaignReorder } from '@ketnoi/shared';
import { bilingualOf, moqOf } from '../market-guides/market-guides.input.ts';
import type { ReadinessRequirements } from '../market-guides/market-readiness.ts';
import type { CampaignReorderRow, EntryWithProduct } from './campaign-entries.repository.ts';
import { campaignPolicy } from './campaigns.policy.ts';
import type { CampaignRow, EligibilityCriteria } from './campaigns.repository.ts';

export const eligibilityCriteriaOf = (row: CampaignRow): EligibilityCriteria => ({
  ocopGroups: row.ocopGroups,
  requiredCertifications: row.requiredCertifications,
  minShelfLifeDays: row.minShelfLifeDays,
  minRemainingShelfLifePercent: row.minRemainingShelfLifePercent,
  transitDays: row.transitDays,
});

/** The campaign's criteria as readiness requirements (the same rules as the gap checklist). */
export const campaignRequirements = (row: CampaignRow): ReadinessRequirements => ({
  ...eligibilityCriteriaOf(row),
  labelLanguages: row.labelLanguages,
  moq: row.moqQuantity === null ? null : { quantity: row.moqQuantity, unit: row.moqUnit },
  country: row.country,
});

export function toCampaignDto(row: CampaignRow, entryCounts?: Record<string, number>): Campaign {
  return {
    id: row.id,
    status: row.status,
    title: { vi: row.titleVi, en: row.titleEn },
    retailerName: row.retailerName,
    retailerOrgId: row.retailerOrgId,
    country: row.country,
    eventStartsOn: row.eventStartsOn,
    eventEndsOn: row.eventEndsOn,
    applicationDeadline: row.applicationDeadline,
    acceptingApplications: campaignPolicy.acceptsApplications(row),
    marketGuideId: row.marketGuideId,
    criteria: {
      ocopGroups: row.ocopGroups,
      requiredCertifications: row.requiredCertifications,
      minShelfLifeDays: row.minShelfLifeDays,
      minRemainingShelfLifePercent: row.minRemainingShelfLifePercent,
      transitDays: row.transitDays,
      labelLanguages: row.labelLanguages,
      moq: moqOf(row),
      incoterm: row.incoterm,
      notes: bilingualOf(row.notesVi, row.notesEn),
    },
    ...(entryCounts ? { entryCounts } : {}),
    openedAt: row.openedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toReorderDto(row: CampaignReorderRow): CampaignReorder {
  return {
    id: row.id,
    orderedOn: row.orderedOn,
    quantity: row.quantity,
    unit: row.unit,
    value: row.value,
    currency: row.currency,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toEntryDto(
  { entry, product, producer, sample }: EntryWithProduct,
  reorders?: CampaignReorderRow[],
): CampaignEntry {
  return {
    id: entry.id,
    campaignId: entry.campaignId,
    product,
    producer,
    origin: entry.origin,
    status: entry.status,
    eligibleAtEntry: entry.eligibleAtEntry,
    gaps: entry.gaps,
    note: entry.note,
    decisionNote: entry.decisionNote,
    invitedAt: iso(entry.invitedAt),
    appliedAt: iso(entry.appliedAt),
    shortlistedAt: iso(entry.shortlistedAt),
    selectedAt: iso(entry.selectedAt),
    sampleRequestedAt: iso(entry.sampleRequestedAt),
    sampleRequest: sample
      ? {
          id: sample.id,
          status: sample.status,
          shippedAt: iso(sample.shippedAt),
          deliveredAt: iso(sample.deliveredAt),
          evaluatedAt: iso(sample.evaluatedAt),
        }
      : null,
    listedAt: iso(entry.listedAt),
    endedAt: iso(entry.endedAt),
    reorderCount: entry.reorderCount,
    reorderQuantity: entry.reorderQuantity,
    ...(reorders ? { reorders: reorders.map(toReorderDto) } : {}),
    version: entry.version,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}
