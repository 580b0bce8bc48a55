import type { AdminUser, Me, Notification, Organization, Reference, User } from '@/types/api';

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
  ocopGroups: [{ code: 'food', vi: 'Thực phẩm', en: 'Food' }],
  certifications: [{ code: 'vietgap', name: 'VietGAP', kind: 'farming' }],
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
