import type { Match, MatchBreakdown } from '@/types/sourcing';

export const DEMAND_ID = '0190f3c2-0000-7000-8000-0000000000d1';

export function breakdown(overrides: Partial<MatchBreakdown> = {}): MatchBreakdown {
  return {
    // points = value × weight / Σweight × 100 (Σweight = 50), as the engine computes them.
    score: 69,
    features: [
      { key: 'categoryFit', value: 1, weight: 15, points: 30 },
      { key: 'termsFit', value: 0.5, weight: 10, points: 10 },
      { key: 'priceOverlap', value: 0.25, weight: 10, points: 5 },
      { key: 'textRelevance', value: 0.8, weight: 15, points: 24 },
    ],
    gaps: [
      {
        code: 'SEASONAL_SUPPLY',
        severity: 'warning',
        params: { months: '5, 6, 7' },
        message: { vi: 'sản phẩm theo mùa', en: 'seasonal product' },
      },
      {
        code: 'VAT_INVOICE',
        severity: 'blocker',
        params: {},
        message: { vi: 'cần hóa đơn VAT (máy chủ)', en: 'needs VAT invoices (server)' },
      },
    ],
    demandVersion: 2,
    productVersion: 1,
    ...overrides,
  };
}

export function match(overrides: Partial<Match> = {}): Match {
  const id = overrides.id ?? '0190f3c2-0000-7000-8000-0000000000m1';
  return {
    id,
    status: 'proposed',
    origin: 'engine',
    score: 69,
    breakdown: breakdown(),
    poolId: null,
    demand: {
      id: DEMAND_ID,
      title: 'Chè xanh túi 200 g cho Tết',
      status: 'open',
      distributor: { id: '0190f3c2-0000-7000-8000-0000000000b1', name: 'Siêu thị Xanh' },
      destinationCountry: 'VN',
      quantityPerOrder: 1000,
      quantityPerMonth: 3000,
      unit: 'pack',
      neededBy: '2026-01-15',
    },
    product: {
      id: '0190f3c2-0000-7000-8000-0000000000p1',
      nameVi: 'Chè búp Tân Cương',
      nameEn: 'Tan Cuong green tea',
      producer: { id: '0190f3c2-0000-7000-8000-0000000000a1', name: 'Chè Tân Cương' },
      province: 'thai-nguyen',
    },
    scoredAt: '2025-09-01T02:00:00Z',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    introducedAt: null,
    lostReason: null,
    allowedTransitions: ['introduced', 'rejected'],
    version: 1,
    createdAt: '2025-09-01T02:00:00Z',
    updatedAt: '2025-09-01T02:00:00Z',
    ...overrides,
  };
}
