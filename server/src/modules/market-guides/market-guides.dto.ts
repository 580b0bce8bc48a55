import type { MarketGuide, MarketRequirements } from '@ketnoi/shared';
import { bilingualOf, moqOf } from './market-guides.input.ts';
import type { MarketGuideRow } from './market-guides.repository.ts';

export function guideRequirements(row: MarketGuideRow): MarketRequirements {
  return {
    requiredCertifications: row.requiredCertifications,
    anyOfCertifications: row.anyOfCertifications,
    labelLanguages: row.labelLanguages,
    minShelfLifeDays: row.minShelfLifeDays,
    minRemainingShelfLifePercent: row.minRemainingShelfLifePercent,
    transitDays: row.transitDays,
  };
}

export function toMarketGuideDto(row: MarketGuideRow): MarketGuide {
  return {
    id: row.id,
    country: row.country,
    retailerName: row.retailerName,
    status: row.status,
    title: { vi: row.titleVi, en: row.titleEn },
    requirements: guideRequirements(row),
    labelling: bilingualOf(row.labellingVi, row.labellingEn),
    packaging: bilingualOf(row.packagingVi, row.packagingEn),
    documents: row.documents,
    typicalMoq: moqOf(row),
    contacts: row.contacts.map((c) => ({
      name: c.name,
      organization: c.organization ?? null,
      role: c.role ?? null,
      email: c.email ?? null,
      phone: c.phone ?? null,
      website: c.website ?? null,
    })),
    notes: bilingualOf(row.notesVi, row.notesEn),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
