import { and, eq, isNull } from 'drizzle-orm';
import type { DemandInput, DistributorRequirements } from '@ketnoi/shared';
import type { Db } from '../client.ts';
import { demands, organizations, users } from '../schema/index.ts';
import { todayInVietnam } from '../../modules/certificates/certificates.validity.ts';
import { toDemandColumns } from '../../modules/demands/demands.input.ts';
import type { NewDemandRow } from '../../modules/demands/demands.repository.ts';
import { addOutbox } from '../../modules/outbox/outbox.repository.ts';
import { demoOrganizations } from './demo.ts';
import { demoTaxCode } from './demo-tax-code.ts';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type DemoDistributor = {
  key: string;
  account: string;
  requirements: Partial<DistributorRequirements>;
  /** Opened only if the organization is verified (a pending one cannot open a demand). */
  demands: (DemandInput & { open: boolean })[];
};

/** Standing terms and sourcing requests of the two demo distributor accounts. */
const demoDistributors: DemoDistributor[] = [
  {
    key: 'chuoi-sieu-thi-xanh',
    account: 'distributor@ketnoi.vn',
    // A city supermarket chain's usual listing terms.
    requirements: {
      requiresVatInvoice: true,
      requiresGs1Barcode: true,
      paymentDays: 30,
      listingFee: true,
      promotionContributionPercent: 5,
      minRemainingShelfLifePercent: 70,
      labelLanguages: ['vi'],
    },
    demands: [
      {
        open: true,
        title: 'Mật ong bạc hà đóng chai cho quầy đặc sản vùng miền',
        description:
          'Tìm mật ong bạc hà hoặc mật ong rừng phía Bắc, chai thủy tinh 500 ml, có tem truy xuất nguồn gốc. Giao về kho Bình Dương mỗi tháng.',
        category: 'honey',
        quantityPerOrder: 400,
        quantityPerMonth: 1200,
        unit: 'bottle',
        priceMin: 180_000,
        priceMax: 260_000,
        currency: 'VND',
        requiredCertifications: ['food-safety-facility'],
        minOcopStars: 3,
        destinationCountry: 'VN',
        preferredProvinces: ['Hà Giang', 'Bắc Kạn'],
        preferredRegions: ['northern-midlands-mountains'],
        neededBy: inDays(45),
        requirements: { requiresTraceabilityStamp: true },
      },
      {
        open: true,
        title: 'Chè xanh Thái Nguyên túi 200 g cho chương trình Tết',
        description:
          'Chè búp sao sấy, túi zip 200 g có mã vạch, hạn dùng tối thiểu 12 tháng. Ưu tiên sản phẩm OCOP 4 sao trở lên.',
        category: 'tea',
        quantityPerOrder: 1000,
        quantityPerMonth: 3000,
        unit: 'pack',
        priceMin: 90_000,
        priceMax: 150_000,
        currency: 'VND',
        requiredCertifications: ['vietgap'],
        minOcopStars: 4,
        destinationCountry: 'VN',
        preferredProvinces: ['thai-nguyen'],
        preferredRegions: [],
        neededBy: inDays(60),
      },
      {
        open: true,
        title: 'Nước mắm cá cơm 500 ml cho nhãn hàng riêng',
        description:
          'Nước mắm cá cơm truyền thống 30–40 độ đạm, chai PET 500 ml, in nhãn theo mẫu của siêu thị.',
        category: 'seasonings',
        quantityPerOrder: 2000,
        quantityPerMonth: 6000,
        unit: 'bottle',
        priceMin: 45_000,
        priceMax: 80_000,
        currency: 'VND',
        requiredCertifications: ['haccp'],
        destinationCountry: 'VN',
        preferredProvinces: ['Kiên Giang', 'Khánh Hòa'],
        preferredRegions: ['mekong-delta'],
        neededBy: inDays(30),
        requirements: { paymentDays: 45 },
      },
    ],
  },
  {
    key: 'tokyo-asian-foods',
    account: 'importer@ketnoi.vn',
    // Japanese retail: bilingual labels and most of the shelf life left on arrival.
    requirements: {
      requiresVatInvoice: true,
      paymentDays: 60,
      minRemainingShelfLifePercent: 60,
      labelLanguages: ['ja', 'en'],
    },
    demands: [
      {
        open: true,
        title: 'Dried lychee for Japanese supermarket chains',
        description:
          'Soft-dried Luc Ngan lychee, 200 g retail bags with Japanese and English labels, for a Vietnam Goods Week in Tokyo.',
        category: 'dried-foods',
        quantityPerOrder: 500,
        quantityPerMonth: 1500,
        unit: 'kg',
        priceMin: 800,
        priceMax: 1_200,
        currency: 'USD',
        incoterm: 'FOB',
        incotermPlace: 'Cảng Hải Phòng',
        requiredCertifications: ['globalgap', 'haccp'],
        destinationCountry: 'JP',
        preferredProvinces: ['Bắc Giang'],
        preferredRegions: [],
        neededBy: inDays(90),
      },
      {
        open: true,
        title: 'Phu Quoc fish sauce, 500 ml glass bottles',
        description:
          'Geographical-indication Phu Quoc fish sauce, 40°N, for Asian grocery shelves in Japanese department stores.',
        category: 'seasonings',
        quantityPerOrder: 3000,
        quantityPerMonth: null,
        unit: 'bottle',
        priceMin: 250,
        priceMax: 400,
        currency: 'USD',
        incoterm: 'CIF',
        incotermPlace: 'Tokyo',
        requiredCertifications: ['haccp', 'gi'],
        destinationCountry: 'JP',
        preferredProvinces: ['an-giang'],
        preferredRegions: ['mekong-delta'],
        neededBy: inDays(75),
        requirements: { minRemainingShelfLifePercent: 75 },
      },
    ],
  },
];

/**
 * Standing requirements (only where none are set, so a demo session's edits survive) and demo
 * demands (matched by organization and title), idempotent. Opened demands get their
 * `matching.demand` outbox row, so the worker proposes matches for them as it would in use.
 * Runs after seedDemo (the organizations and accounts must exist).
 */
export async function seedDemoDemands(db: Db): Promise<{ demands: number }> {
  let created = 0;
  const today = todayInVietnam();
  for (const distributor of demoDistributors) {
    const taxCode = demoTaxCode(demoOrganizations.findIndex((o) => o.key === distributor.key) + 1);
    const [org] = await db.select().from(organizations).where(eq(organizations.taxCode, taxCode));
    const [user] = await db.select().from(users).where(eq(users.email, distributor.account));
    if (!org || !user) {
      continue;
    }
    const [withTerms] = await db
      .update(organizations)
      .set({ requirements: distributor.requirements as DistributorRequirements })
      .where(and(eq(organizations.id, org.id), isNull(organizations.requirements)))
      .returning();
    const standing = (withTerms ?? org).requirements;
    for (const { open, ...input } of distributor.demands) {
      const [existing] = await db
        .select({ id: demands.id })
        .from(demands)
        .where(and(eq(demands.distributorOrgId, org.id), eq(demands.title, input.title)));
      if (existing) {
        continue;
      }
      const opened = open && org.verificationStatus === 'verified';
      await db.transaction(async (tx) => {
        const [demand] = await tx
          .insert(demands)
          .values({
            ...(toDemandColumns(input, { standing, today }) as NewDemandRow),
            distributorOrgId: org.id,
            createdBy: user.id,
            status: opened ? 'open' : 'draft',
            openedAt: opened ? new Date() : null,
          })
          .returning();
        if (opened) {
          await addOutbox(
            tx,
            'matching.demand',
            { demandId: demand!.id, version: demand!.version },
            `matching.demand:${demand!.id}:${demand!.version}`,
          );
        }
      });
      created += 1;
    }
  }
  return { demands: created };
}
