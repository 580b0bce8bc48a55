import { eq } from 'drizzle-orm';
import type { DistributorChannel, LegalForm, Role, VerificationStatus } from '@ketnoi/shared';
import type { Db } from '../client.ts';
import { organizations, users } from '../schema/index.ts';
import { hashPassword } from '../../modules/auth/passwords.ts';
import { seedDemoCatalogue, type DemoProducerRef } from './demo-catalogue.ts';
import { demoTaxCode } from './demo-tax-code.ts';

/** The one password of every demo account (README lists them). Never seeded in production. */
export const DEMO_PASSWORD = 'KetNoi@2026';

type DemoOrganization = {
  key: string;
  kind: 'producer' | 'distributor';
  legalName: string;
  tradingName?: string;
  province: string;
  address: string;
  country?: string;
  legalForm?: LegalForm;
  channel?: DistributorChannel;
  status: VerificationStatus;
  descriptionVi: string;
  descriptionEn?: string;
  contactName: string;
  contactPhone: string;
};

export const demoOrganizations: DemoOrganization[] = [
  {
    key: 'che-tan-cuong',
    kind: 'producer',
    legalName: 'Hợp tác xã Chè Tân Cương Hoàng Bình',
    tradingName: 'Chè Tân Cương Hoàng Bình',
    province: 'thai-nguyen',
    address: 'Xóm Hồng Thái 2, xã Tân Cương, tỉnh Thái Nguyên',
    legalForm: 'cooperative',
    status: 'verified',
    descriptionVi: 'HTX trồng và chế biến chè đặc sản Tân Cương theo VietGAP, sản phẩm OCOP 4 sao.',
    descriptionEn:
      'Cooperative growing and processing Tan Cuong specialty tea under VietGAP; 4-star OCOP products.',
    contactName: 'Hoàng Văn Bình',
    contactPhone: '0912 345 678',
  },
  {
    key: 'nuoc-mam-phu-quoc',
    kind: 'producer',
    legalName: 'Công ty TNHH Nước mắm Phú Quốc Hưng Thịnh',
    tradingName: 'Nước mắm Hưng Thịnh',
    province: 'an-giang',
    address: 'Đặc khu Phú Quốc, tỉnh An Giang',
    legalForm: 'enterprise',
    status: 'verified',
    descriptionVi:
      'Nhà thùng truyền thống sản xuất nước mắm cá cơm Phú Quốc, chỉ dẫn địa lý được bảo hộ.',
    descriptionEn:
      'Traditional barrel house making Phu Quoc anchovy fish sauce with protected geographical indication.',
    contactName: 'Trần Thị Hưng',
    contactPhone: '0297 3846 123',
  },
  {
    key: 'mat-ong-bac-kan',
    kind: 'producer',
    legalName: 'Hợp tác xã Mật ong Ba Bể',
    province: 'thai-nguyen',
    address: 'Xã Ba Bể, tỉnh Thái Nguyên (trước đây tỉnh Bắc Kạn)',
    legalForm: 'cooperative',
    status: 'verified',
    descriptionVi:
      'Mật ong bạc hà và mật ong rừng Ba Bể, nuôi ong tự nhiên trong vùng lõi vườn quốc gia.',
    contactName: 'Lý Văn Thành',
    contactPhone: '0868 112 233',
  },
  {
    key: 'vai-thieu-luc-ngan',
    kind: 'producer',
    legalName: 'Hợp tác xã Vải thiều Lục Ngạn Xanh',
    province: 'bac-ninh',
    address: 'Xã Lục Ngạn, tỉnh Bắc Ninh (trước đây tỉnh Bắc Giang)',
    legalForm: 'cooperative',
    status: 'pending',
    descriptionVi: 'Vải thiều Lục Ngạn đạt GlobalGAP, sấy khô và đông lạnh xuất khẩu Nhật Bản.',
    contactName: 'Nguyễn Văn Lục',
    contactPhone: '0975 556 677',
  },
  {
    key: 'ca-phe-buon-ma-thuot',
    kind: 'producer',
    legalName: 'Công ty Cổ phần Cà phê Hạt Ngọc Tây Nguyên',
    province: 'dak-lak',
    address: 'Phường Buôn Ma Thuột, tỉnh Đắk Lắk',
    legalForm: 'enterprise',
    status: 'pending',
    descriptionVi: 'Cà phê Robusta Buôn Ma Thuột rang xay, chứng nhận 4C.',
    contactName: 'Y Đức Niê',
    contactPhone: '0262 3812 456',
  },
  {
    key: 'chuoi-sieu-thi-xanh',
    kind: 'distributor',
    legalName: 'Công ty TNHH Chuỗi Siêu thị Xanh Sài Gòn',
    tradingName: 'Siêu thị Xanh',
    province: 'ho-chi-minh',
    address: 'Phường Bến Thành, Thành phố Hồ Chí Minh',
    channel: 'supermarket-chain',
    status: 'verified',
    descriptionVi: 'Chuỗi 48 siêu thị thực phẩm sạch tại TP. Hồ Chí Minh, ưu tiên sản phẩm OCOP.',
    contactName: 'Phạm Minh Châu',
    contactPhone: '028 3822 9999',
  },
  {
    key: 'tokyo-asian-foods',
    kind: 'distributor',
    legalName: 'Tokyo Asian Foods K.K.',
    province: 'ho-chi-minh',
    address: '2-3-1 Ueno, Taito-ku, Tokyo',
    country: 'JP',
    channel: 'importer-wholesaler',
    status: 'pending',
    descriptionVi: 'Nhà nhập khẩu thực phẩm châu Á cho các chuỗi siêu thị Nhật Bản.',
    descriptionEn: 'Importer of Asian foods for Japanese supermarket chains.',
    contactName: 'Sato Hiroshi',
    contactPhone: '+81 3 1234 5678',
  },
];

type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  organization?: string;
  locale?: 'vi' | 'en';
};

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@ketnoi.vn', name: 'Quản trị hệ thống', role: 'admin' },
  { email: 'coordinator@ketnoi.vn', name: 'Lê Thu Hà (Trung tâm XTTM)', role: 'coordinator' },
  {
    email: 'producer@ketnoi.vn',
    name: 'Hoàng Văn Bình',
    role: 'producer',
    organization: 'che-tan-cuong',
  },
  {
    email: 'distributor@ketnoi.vn',
    name: 'Phạm Minh Châu',
    role: 'distributor',
    organization: 'chuoi-sieu-thi-xanh',
  },
  {
    email: 'producer.pending@ketnoi.vn',
    name: 'Nguyễn Văn Lục',
    role: 'producer',
    organization: 'vai-thieu-luc-ngan',
  },
  {
    email: 'importer@ketnoi.vn',
    name: 'Sato Hiroshi',
    role: 'distributor',
    organization: 'tokyo-asian-foods',
    locale: 'en',
  },
  {
    email: 'fishsauce@ketnoi.vn',
    name: 'Trần Thị Hưng',
    role: 'producer',
    organization: 'nuoc-mam-phu-quoc',
  },
  {
    email: 'honey@ketnoi.vn',
    name: 'Lý Văn Thành',
    role: 'producer',
    organization: 'mat-ong-bac-kan',
  },
  {
    email: 'coffee@ketnoi.vn',
    name: 'Y Đức Niê',
    role: 'producer',
    organization: 'ca-phe-buon-ma-thuot',
  },
];

/**
 * Demo organizations and one account per role (plus a few more), then the demo catalogue
 * (demo-catalogue.ts: 139 producers, 16 distributors, 360 products), idempotent: existing rows
 * (matched by tax code, e-mail and, for the demo producers' products, name) are left as they are,
 * so a demo session's changes survive a restart of `npm run up`.
 */
export async function seedDemo(
  db: Db,
): Promise<{ organizations: number; accounts: number; products: number }> {
  const orgIds = new Map<string, string>();
  const demoProducers = new Map<string, DemoProducerRef>();
  let createdOrgs = 0;
  for (const [index, org] of demoOrganizations.entries()) {
    const taxCode = demoTaxCode(index + 1);
    const [existing] = await db
      .select({ id: organizations.id, status: organizations.verificationStatus })
      .from(organizations)
      .where(eq(organizations.taxCode, taxCode));
    if (existing) {
      orgIds.set(org.key, existing.id);
      if (org.kind === 'producer') {
        demoProducers.set(org.key, {
          id: existing.id,
          province: org.province,
          status: existing.status,
        });
      }
      continue;
    }
    const [row] = await db
      .insert(organizations)
      .values({
        kind: org.kind,
        legalName: org.legalName,
        tradingName: org.tradingName ?? null,
        taxCode,
        provinceCode: org.province,
        address: org.address,
        country: org.country ?? 'VN',
        legalForm: org.legalForm ?? null,
        channel: org.channel ?? null,
        descriptionVi: org.descriptionVi,
        descriptionEn: org.descriptionEn ?? null,
        contactName: org.contactName,
        contactPhone: org.contactPhone,
        contactEmail: demoAccounts.find((a) => a.organization === org.key)?.email ?? null,
        verificationStatus: org.status,
        verifiedAt: org.status === 'verified' ? new Date() : null,
      })
      .returning({ id: organizations.id });
    orgIds.set(org.key, row!.id);
    if (org.kind === 'producer') {
      demoProducers.set(org.key, { id: row!.id, province: org.province, status: org.status });
    }
    createdOrgs += 1;
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let createdAccounts = 0;
  for (const account of demoAccounts) {
    const inserted = await db
      .insert(users)
      .values({
        email: account.email,
        passwordHash,
        name: account.name,
        role: account.role,
        locale: account.locale ?? 'vi',
        organizationId: account.organization ? orgIds.get(account.organization)! : null,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    createdAccounts += inserted.length;
  }

  const [coordinator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'coordinator@ketnoi.vn'));
  const catalogue = await seedDemoCatalogue(db, {
    demoProducers,
    reviewerId: coordinator?.id ?? null,
  });
  return {
    organizations: createdOrgs + catalogue.organizations,
    accounts: createdAccounts,
    products: catalogue.products,
  };
}
