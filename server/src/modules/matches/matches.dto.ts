import {
  matchTransitionsFrom,
  type Match,
  type MatchBreakdown,
  type MatchCounterpart,
} from '@ketnoi/shared';
import type { Actor } from '../../lib/actor.ts';
import { matchPolicy as policy } from './matches.policy.ts';
import type { MatchParty, MatchView } from './matches.repository.ts';

const partyName = (party: MatchParty) => party.tradingName ?? party.legalName;

function toCounterpart(party: MatchParty): MatchCounterpart {
  return {
    id: party.id,
    kind: party.kind === 'producer' ? 'producer' : 'distributor',
    legalName: party.legalName,
    tradingName: party.tradingName,
    province: party.provinceCode,
    country: party.country,
    contactName: party.contactName,
    contactEmail: party.contactEmail,
    contactPhone: party.contactPhone,
    website: party.website,
  };
}

/**
 * The match as `actor` may see it. The other side's contacts are added only for a party of an
 * introduced match; for everyone else the key is absent, not null.
 */
export function toMatchDto(view: MatchView, actor: Actor | null): Match {
  const { match, demand, product, producer, distributor } = view;
  const dto: Match = {
    id: match.id,
    status: match.status,
    origin: match.origin,
    score: match.score,
    breakdown: match.breakdown as MatchBreakdown,
    poolId: match.poolId,
    demand: {
      id: demand.id,
      title: demand.title,
      status: demand.status,
      distributor: { id: distributor.id, name: partyName(distributor) },
      destinationCountry: demand.destinationCountry,
      quantityPerOrder: demand.quantityPerOrder,
      quantityPerMonth: demand.quantityPerMonth,
      unit: demand.unit,
      neededBy: demand.neededBy,
    },
    product: {
      id: product.id,
      nameVi: product.nameVi,
      nameEn: product.nameEn,
      producer: { id: producer.id, name: partyName(producer) },
      province: product.provinceCode,
    },
    scoredAt: match.scoredAt.toISOString(),
    decidedBy: match.decidedBy,
    decidedAt: match.decidedAt?.toISOString() ?? null,
    decisionNote: match.decisionNote,
    introducedAt: match.introducedAt?.toISOString() ?? null,
    lostReason: match.lostReason,
    allowedTransitions: matchTransitionsFrom(match.status),
    version: match.version,
    createdAt: match.createdAt.toISOString(),
    updatedAt: match.updatedAt.toISOString(),
  };
  if (policy.seesCounterpart(actor, match)) {
    const side = policy.sideOf(actor, match);
    dto.counterpart = toCounterpart(side === 'producer' ? distributor : producer);
  }
  return dto;
}
