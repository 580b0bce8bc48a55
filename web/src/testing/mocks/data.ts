import type {
  AdminUser,
  Certificate,
  Import,
  Me,
  Notification,
  Organization,
  Product,
  Reference,
  SearchHit,
  SearchResult,
  User,
} from '@/types/api';

/** Fixtures shaped exactly like the API's responses. */

export const reference: Reference = {
  provinces: [
    {
      code: 'thai-nguyen',
      vi: 'Thái Nguyên',
      en: 'Thai Nguyen',
      region: 'northern-midlands-mountains',
      city: false,
      aliases: ['Bắc Kạn'],
    },
    {
      code: 'ha-noi',
      vi: 'Hà Nội',
      en: 'Hanoi',
      region: 'red-river-delta',
      city: true,
      aliases: [],
    },
    {
      code: 'an-giang',
      vi: 'An Giang',
      en: 'An Giang',
      region: 'mekong-delta',
      city: false,
      aliases: ['Kiên Giang'],
    },
  ],
  regions: [
    {
      code: 'northern-midlands-mountains',
      vi: 'Trung du và miền núi phía Bắc',
      en: 'Northern Midlands and Mountains',
    },
    { code: 'red-river-delta', vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
    { code: 'mekong-delta', vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' },
  ],
  ocopGroups: [
    { code: 'food', vi: 'Thực phẩm', en: 'Food' },
    { code: 'beverage', vi: 'Đồ uống', en: 'Beverages' },
  ],
  certifications: [
    { code: 'vietgap', name: 'VietGAP', kind: 'farming' },
    { code: 'haccp', name: 'HACCP', kind: 'food safety system' },
  ],
};

export function organization(overrides: Partial<Organization> = {}): Organization {
  return {
    id: '0190f3c2-0000-7000-8000-0000000000a1',
    kind: 'producer',
    legalName: 'Hợp tác xã Chè Tân Cương',
    tradingName: 'Chè Tân Cương',
    taxCode: '4601234567',
    province: 'thai-nguyen',
    address: 'Xã Tân Cương',
    country: 'VN',
    channel: null,
    legalForm: 'cooperative',
    descriptionVi: null,
    descriptionEn: null,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    website: null,
    retailReadiness: {
      canIssueVatInvoice: true,
      hasGs1Barcode: false,
      hasTraceabilityStamp: false,
      maxPaymentDays: 30,
      acceptsConsignment: false,
      promotionBudgetPercent: 0,
    },
    requirements: null,
    verificationStatus: 'pending',
    verificationNote: null,
    verifiedAt: null,
    version: 1,
    createdAt: '2025-09-01T02:00:00.000Z',
    updatedAt: '2025-09-01T02:00:00.000Z',
    ...overrides,
  };
}

export function user(overrides: Partial<User> = {}): User {
  return {
    id: '0190f3c2-0000-7000-8000-000000000001',
    email: 'htx@example.vn',
    name: 'Nguyễn Thị Lan',
    role: 'producer',
    locale: 'vi',
    organizationId: '0190f3c2-0000-7000-8000-0000000000a1',
    ...overrides,
  };
}

export function me(
  userOverrides: Partial<User> = {},
  org: Organization | null = organization(),
): Me {
  return { user: user(userOverrides), organization: org };
}

export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: '0190f3c2-0000-7000-8000-0000000000n1',
    kind: 'organization.verified',
    title: 'Tổ chức đã được xác minh',
    body: 'Hồ sơ của bạn đã được cán bộ điều phối xác minh.',
    link: '/app',
    readAt: null,
    createdAt: '2025-09-02T03:00:00.000Z',
    ...overrides,
  };
}

export function adminUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return { ...user(), disabled: false, createdAt: '2025-09-01T02:00:00.000Z', ...overrides };
}

export const PRODUCT_ID = '0190f3c2-0000-7000-8000-0000000000p1';

export function product(overrides: Partial<Product> = {}): Product {
  return {
    id: PRODUCT_ID,
    producer: {
      id: '0190f3c2-0000-7000-8000-0000000000a1',
      name: 'Chè Tân Cương',
      province: 'thai-nguyen',
      verified: true,
    },
    status: 'draft',
    nameVi: 'Chè búp Tân Cương',
    nameEn: 'Tan Cuong bud tea',
    descriptionVi: 'Chè búp sao tay, hương cốm.',
    descriptionEn: null,
    ocopGroup: 'beverage',
    category: 'tea',
    ocopStars: 4,
    province: 'thai-nguyen',
    region: 'northern-midlands-mountains',
    originLegacyProvince: null,
    monthsAvailable: [3, 4, 5, 6, 7, 8, 9, 10],
    hsCode: '090210',
    unit: 'kg',
    moq: 20,
    monthlyCapacity: 500,
    leadTimeDays: 7,
    priceMin: 450000,
    priceMax: 600000,
    currency: 'VND',
    shelfLifeDays: 365,
    storage: 'ambient',
    packaging: 'Túi 500 g',
    exportedTo: ['JP'],
    images: [],
    certifications: ['vietgap'],
    isPublic: false,
    reviewNote: null,
    submittedAt: null,
    publishedAt: null,
    version: 3,
    createdAt: '2025-09-01T02:00:00.000Z',
    updatedAt: '2025-09-02T02:00:00.000Z',
    ...overrides,
  };
}

export function image(id: string, position: number): Product['images'][number] {
  return {
    id,
    position,
    isCover: position === 0,
    width: 1280,
    height: 960,
    urls: { small: `/media/images/aa/${id}-320.webp`, large: `/media/images/aa/${id}-1280.webp` },
  };
}

export function searchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    id: PRODUCT_ID,
    nameVi: 'Mật ong bạc hà Ba Bể',
    nameEn: 'Ba Be mint honey',
    producer: { id: '0190f3c2-0000-7000-8000-0000000000a2', name: 'HTX Mật ong Ba Bể' },
    ocopGroup: 'food',
    category: 'honey',
    ocopStars: 4,
    province: 'thai-nguyen',
    region: 'northern-midlands-mountains',
    certifications: ['vietgap'],
    storage: 'ambient',
    exportedTo: [],
    unit: 'jar',
    moq: 50,
    priceMin: 250000,
    priceMax: 300000,
    currency: 'VND',
    coverImage: null,
    publishedAt: '2025-09-03T02:00:00.000Z',
    highlights: { nameVi: [[0, 3]] },
    ...overrides,
  };
}

export function searchResult(overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    hits: [searchHit()],
    total: 1,
    totalCapped: false,
    facets: {
      group: { food: 1 },
      category: { honey: 1 },
      province: { 'thai-nguyen': 1 },
      region: { 'northern-midlands-mountains': 1 },
      stars: { '4': 1 },
      certifications: { vietgap: 1 },
      storage: { ambient: 1 },
      exportedTo: {},
    },
    page: 1,
    limit: 20,
    tookMs: 3,
    engine: 'postgres',
    ...overrides,
  };
}

export function certificate(overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: '0190f3c2-0000-7000-8000-0000000000c1',
    organizationId: '0190f3c2-0000-7000-8000-0000000000a1',
    productId: PRODUCT_ID,
    scheme: 'vietgap',
    stars: null,
    issuer: 'Trung tâm Chứng nhận Phù hợp',
    number: 'VG-2024-0113',
    issuedOn: '2024-01-15',
    expiresOn: '2026-01-14',
    verified: true,
    verifiedAt: '2024-02-01T02:00:00.000Z',
    status: 'valid',
    daysToExpiry: 200,
    evidence: null,
    version: 1,
    createdAt: '2024-01-20T02:00:00.000Z',
    updatedAt: '2024-02-01T02:00:00.000Z',
    ...overrides,
  };
}

export function importItem(overrides: Partial<Import> = {}): Import {
  return {
    id: '0190f3c2-0000-7000-8000-0000000000i1',
    producerId: '0190f3c2-0000-7000-8000-0000000000a1',
    fileName: 'san-pham.xlsx',
    format: 'xlsx',
    status: 'queued',
    rowsTotal: null,
    rowsRead: 0,
    rowsDone: 0,
    rowsCreated: 0,
    rowsFailed: 0,
    error: null,
    errors: [],
    errorsTotal: 0,
    warnings: [],
    createdAt: '2025-09-05T02:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}
