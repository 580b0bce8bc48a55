import { describe, expect, it } from 'vitest';
import { flatEn, flatVi } from '@/testing/locales';
import {
  demandStatuses,
  evaluationCriteria,
  introducedMatchStatuses,
  matchFeatureKeys,
  matchGapCodes,
  matchStatuses,
  pipelineStatuses,
  quoteStatuses,
  sampleStatuses,
} from '@/types/sourcing';

/**
 * The sourcing screens build keys from these lists (`matches.status.${status}`…): every value
 * must be translated in both languages, not just one of them as the generic key test checks.
 */
const dynamic: [string, readonly string[]][] = [
  ['demands.status', demandStatuses],
  ['matches.status', [...matchStatuses, ...introducedMatchStatuses]],
  ['matches.pipeline.moveTo', pipelineStatuses],
  ['matches.features', matchFeatureKeys],
  ['matches.gaps', [...matchGapCodes, 'STARS_BELOW_MIN_UNRATED', 'CAPACITY_SHORT_POOLED']],
  ['matches.origin', ['engine', 'coordinator', 'distributor']],
  ['matches.breakdown.severity', ['blocker', 'warning']],
  ['matches.counterpart', ['producer', 'distributor']],
  ['samples.status', sampleStatuses],
  ['samples.evaluation.criteria', evaluationCriteria],
  ['samples.actions', ['accept', 'decline', 'ship', 'deliver', 'evaluate']],
  ['quotes.status', quoteStatuses],
  [
    'demands.requirements',
    [
      'requiresVatInvoice',
      'requiresGs1Barcode',
      'requiresTraceabilityStamp',
      'consignmentOnly',
      'listingFee',
      'paymentDays',
      'paymentDaysHint',
      'promotionContributionPercent',
      'promotionContributionPercentHint',
      'minRemainingShelfLifePercent',
      'minRemainingShelfLifePercentHint',
    ],
  ],
];

describe('sourcing translations', () => {
  it.each([
    ['vi', flatVi],
    ['en', flatEn],
  ])('%s.json translates every value the sourcing screens build keys from', (_name, flat) => {
    const missing = dynamic.flatMap(([prefix, values]) =>
      values.map((value) => `${prefix}.${value}`).filter((key) => !(key in flat)),
    );
    expect(missing).toEqual([]);
  });
});
