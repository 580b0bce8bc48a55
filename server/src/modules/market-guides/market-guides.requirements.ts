import type { ProductFacts } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { listCountingSchemes } from '../certificates/certificates.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { guideRequirements } from './market-guides.dto.ts';
import type { MarketGuideRow } from './market-guides.repository.ts';
import { findPublishedMarketGuide } from './market-guides.repository.ts';
import {
  euMemberStates,
  type ReadinessFacts,
  type ReadinessRequirements,
} from './market-readiness.ts';

/** A guide's checkable requirements, with its destination and typical order for the advice lines. */
export function readinessRequirementsOf(row: MarketGuideRow): ReadinessRequirements {
  return {
    ...guideRequirements(row),
    moq: row.moqQuantity === null ? null : { quantity: row.moqQuantity, unit: row.moqUnit },
    country: row.country,
  };
}

/**
 * What a destination market requires, from its published market-wide guide (retailer guides are
 * left out: they speak for one chain). A member state without its own guide falls back to the
 * `EU` guide. Null when there is no guide: the caller should treat the market as unknown, not as
 * requirement-free. For the matching engine's export-readiness feature:
 * `marketReadiness(found.requirements, facts)`.
 */
export async function requirementsForCountry(
  db: DbOrTx,
  country: string,
): Promise<{ guideId: string; country: string; requirements: ReadinessRequirements } | null> {
  const code = country.toUpperCase();
  let guide = await findPublishedMarketGuide(db, code);
  if (!guide && (euMemberStates as readonly string[]).includes(code)) {
    guide = await findPublishedMarketGuide(db, 'EU');
  }
  return guide
    ? { guideId: guide.id, country: guide.country, requirements: readinessRequirementsOf(guide) }
    : null;
}

/**
 * The facts readiness reads for each product: `facts` as the caller may show them (the public
 * version, or the working copy for its owner) and the certifications that count today.
 */
export async function readinessFactsOf(
  db: DbOrTx,
  items: { productId: string; organizationId: string; facts: ProductFacts }[],
  today: string = todayInVietnam(),
): Promise<Map<string, { facts: ReadinessFacts; certifications: string[] }>> {
  const schemes = await listCountingSchemes(db, items, today);
  return new Map(
    items.map((item) => {
      const certifications = schemes.get(item.productId) ?? [];
      return [
        item.productId,
        {
          certifications,
          facts: {
            certifications,
            labelLanguages: null,
            shelfLifeDays: item.facts.shelfLifeDays,
            ocopGroup: item.facts.ocopGroup,
            moq: item.facts.moq,
            unit: item.facts.unit,
            exportedTo: item.facts.exportedTo,
          },
        },
      ];
    }),
  );
}
