import { randomUUID } from 'node:crypto';
import { defaultDistributorRequirements, type ProductFacts } from '@ketnoi/shared';
import type {
  ScoringDemand,
  ScoringProduct,
} from '../../../src/modules/matching/matching.scoring.ts';
import { productWords } from '../../../src/modules/matching/matching.text.ts';

/** A domestic honey demand that a well-prepared honey producer meets on every count. */
export function demandOf(overrides: Partial<ScoringDemand> = {}): ScoringDemand {
  return {
    id: randomUUID(),
    version: 1,
    title: 'Mật ong rừng U Minh',
    ocopGroup: 'food',
    category: 'honey',
    quantityPerOrder: 100,
    quantityPerMonth: 300,
    unit: 'kg',
    priceMin: null,
    priceMax: 300_000,
    currency: 'VND',
    requiredCertifications: [],
    minOcopStars: null,
    destinationCountry: 'VN',
    preferredProvinces: [],
    preferredRegions: [],
    neededBy: null,
    requirements: { ...defaultDistributorRequirements },
    ...overrides,
  };
}

export function factsOf(overrides: Partial<ProductFacts> = {}): ProductFacts {
  return {
    nameVi: 'Mật ong rừng U Minh Hạ',
    nameEn: 'U Minh forest honey',
    descriptionVi: 'Mật ong hoa tràm thu hoạch tự nhiên',
    descriptionEn: null,
    ocopGroup: 'food',
    category: 'honey',
    ocopStars: 5,
    province: 'ca-mau',
    region: 'mekong-delta',
    originLegacyProvince: null,
    monthsAvailable: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    hsCode: null,
    unit: 'kg',
    moq: 50,
    monthlyCapacity: 1000,
    leadTimeDays: 7,
    priceMin: 250_000,
    priceMax: 280_000,
    currency: 'VND',
    shelfLifeDays: 720,
    storage: 'ambient',
    packaging: null,
    exportedTo: [],
    ...overrides,
  };
}

export function productOf(
  facts: Partial<ProductFacts> = {},
  overrides: Partial<ScoringProduct> = {},
): ScoringProduct {
  const all = factsOf(facts);
  return {
    id: randomUUID(),
    version: 1,
    producerOrgId: randomUUID(),
    facts: all,
    words: productWords(all),
    certifications: [],
    retailReadiness: {
      canIssueVatInvoice: true,
      hasGs1Barcode: true,
      hasTraceabilityStamp: true,
      maxPaymentDays: 60,
      acceptsConsignment: true,
      promotionBudgetPercent: 10,
    },
    responses: null,
    ...overrides,
  };
}
