import type { Demand } from '@ketnoi/shared';
import type { Actor } from '../../lib/actor.ts';
import { effectiveRequirements } from '../matching/matching.terms.ts';
import { demandPolicy as policy } from './demands.policy.ts';
import type { DemandWithDistributor } from './demands.repository.ts';

/** The demand as its reader sees it; callers decide visibility before calling this. */
export function toDemandDto({ demand, distributor }: DemandWithDistributor, actor: Actor): Demand {
  return {
    id: demand.id,
    distributor: {
      id: distributor.id,
      name: distributor.tradingName ?? distributor.legalName,
      country: distributor.country,
      verified: distributor.verificationStatus === 'verified',
    },
    status: demand.status,
    title: demand.title,
    description: demand.description,
    ocopGroup: demand.ocopGroup,
    category: demand.category,
    quantityPerOrder: demand.quantityPerOrder,
    quantityPerMonth: demand.quantityPerMonth,
    unit: demand.unit,
    priceMin: demand.priceMin,
    priceMax: demand.priceMax,
    currency: demand.currency,
    incoterm: demand.incoterm,
    incotermPlace: demand.incotermPlace,
    requiredCertifications: demand.requiredCertifications,
    minOcopStars: demand.minOcopStars,
    destinationCountry: demand.destinationCountry,
    preferredProvinces: demand.preferredProvinces,
    preferredRegions: demand.preferredRegions,
    neededBy: demand.neededBy,
    requirements: demand.requirements ?? {},
    effectiveRequirements: effectiveRequirements(distributor.requirements, demand.requirements),
    openedAt: demand.openedAt?.toISOString() ?? null,
    closedAt: demand.closedAt?.toISOString() ?? null,
    allowedActions: policy.isOwner(actor, demand) ? policy.actionsFrom(demand.status) : [],
    version: demand.version,
    createdAt: demand.createdAt.toISOString(),
    updatedAt: demand.updatedAt.toISOString(),
  };
}
