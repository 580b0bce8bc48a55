/**
 * Demo market guides (Japan, the EU, the USA and one Japanese chain) and one open Vietnam Goods
 * Week campaign. The requirements are the real rules of each market as published by its
 * authorities (cited in the texts); a retailer's own asks are marked as such and must be
 * confirmed with its buyers each season. Idempotent: a guide is keyed by country and retailer,
 * the campaign by retailer and title.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { addDays, todayInVietnam } from '../../modules/certificates/certificates.validity.ts';
import type { Db } from '../client.ts';
import { campaigns, marketGuides, users } from '../schema/index.ts';
import { demoGuides, AEON_JAPAN } from './programmes-markets-guides.ts';

export async function seedProgrammesMarkets(
  db: Db,
): Promise<{ guides: number; campaigns: number }> {
  // Written as the demo coordinator (demo.ts); without one there is nobody to author them.
  const [coordinator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'coordinator@ketnoi.vn'));
  if (!coordinator) {
    return { guides: 0, campaigns: 0 };
  }
  const coordinatorId = coordinator.id;
  let guides = 0;
  const guideIds = new Map<string, string>();
  for (const guide of demoGuides) {
    const [existing] = await db
      .select({ id: marketGuides.id })
      .from(marketGuides)
      .where(
        and(
          eq(marketGuides.country, guide.country),
          guide.retailerName === null
            ? isNull(marketGuides.retailerName)
            : eq(marketGuides.retailerName, guide.retailerName),
        ),
      );
    if (existing) {
      guideIds.set(guide.retailerName ?? guide.country, existing.id);
      continue;
    }
    const [row] = await db
      .insert(marketGuides)
      .values({ ...guide, status: 'published', publishedAt: new Date(), createdBy: coordinatorId })
      .returning({ id: marketGuides.id });
    guideIds.set(guide.retailerName ?? guide.country, row!.id);
    guides += 1;
  }

  const titleVi = 'Tuần hàng Việt Nam tại AEON Nhật Bản';
  const [existing] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.retailerName, AEON_JAPAN), eq(campaigns.titleVi, titleVi)));
  if (existing) {
    return { guides, campaigns: 0 };
  }
  // Dates follow the day the demo is seeded: applications open for six weeks, the week after.
  const today = todayInVietnam();
  await db.insert(campaigns).values({
    status: 'open',
    titleVi,
    titleEn: 'Vietnam Goods Week at AEON Japan',
    retailerName: AEON_JAPAN,
    country: 'JP',
    eventStartsOn: addDays(today, 90),
    eventEndsOn: addDays(today, 96),
    applicationDeadline: addDays(today, 42),
    marketGuideId: guideIds.get(AEON_JAPAN) ?? null,
    ocopGroups: ['food', 'beverage'],
    requiredCertifications: [],
    minShelfLifeDays: 180,
    minRemainingShelfLifePercent: 67,
    transitDays: 21,
    labelLanguages: ['ja'],
    moqTextVi: 'Đơn đầu tiên khoảng 1 pallet cho mỗi mã hàng, gom chung container lạnh hoặc khô',
    moqTextEn: 'First order about one pallet per item, consolidated in a dry or reefer container',
    incoterm: 'CIF',
    notesVi:
      'Ưu tiên sản phẩm OCOP 4–5 sao có HACCP, ISO 22000 hoặc FSSC 22000, mã vạch GS1 và nhãn phụ tiếng Nhật. Sản phẩm được chọn sẽ bán thử trong tuần hàng tại các siêu thị của chuỗi; sản phẩm bán tốt được xem xét đặt hàng thường xuyên.',
    notesEn:
      'Preference for 4–5 star OCOP products with HACCP, ISO 22000 or FSSC 22000, GS1 barcodes and a Japanese sub-label. Selected products are sold during the week in the chain’s stores; those that sell well are considered for regular orders.',
    openedAt: new Date(),
    createdBy: coordinatorId,
  });
  return { guides, campaigns: 1 };
}
