import { eq, inArray } from 'drizzle-orm';
import type { KpiMetric } from '@ketnoi/shared';
import type { Db } from '../client.ts';
import { eventRegistrations, events, kpiTargets, users } from '../schema/index.ts';

const conferenceTitle =
  'Hội nghị kết nối cung cầu hàng hóa giữa TP. Hồ Chí Minh và các tỉnh, thành';

/**
 * The city's programme targets for 2026, of the kind the centre publishes in its yearly plan.
 * The issue gives the first five; the last two are the demo's own round figures.
 */
export const kpiTargets2026: Record<KpiMetric, number> = {
  market_information_businesses: 500,
  training_businesses: 100,
  ecommerce_support_businesses: 100,
  trade_connection_sessions: 100,
  products_placed_abroad: 80,
  products_introduced_city: 300,
  mous_signed: 50,
};

/** 08:00 in Vietnam (UTC+7), `days` from today. */
function vietnamMorning(days: number, hour = 8, minute = 0): Date {
  const today = new Date(Date.now() + 7 * 3600_000);
  return new Date(
    Date.UTC(
      today.getUTCFullYear(),
      today.getUTCMonth(),
      today.getUTCDate() + days,
      hour - 7,
      minute,
    ),
  );
}

/**
 * A published trade connection conference about a month ahead, with the demo producer and
 * distributor accepted (so they can request meetings at once), and the 2026 KPI targets.
 * Idempotent: an existing conference (by title) and existing targets are left as they are.
 */
export async function seedProgrammeEvents(db: Db): Promise<{ events: number; targets: number }> {
  const [coordinator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'coordinator@ketnoi.vn'));
  if (!coordinator) {
    return { events: 0, targets: 0 };
  }
  const targets = await db
    .insert(kpiTargets)
    .values(
      Object.entries(kpiTargets2026).map(([metric, target]) => ({
        year: 2026,
        metric: metric as KpiMetric,
        target,
        updatedBy: coordinator.id,
      })),
    )
    .onConflictDoNothing({ target: [kpiTargets.year, kpiTargets.metric] })
    .returning({ id: kpiTargets.id });

  const [existing] = await db
    .select({ id: events.id })
    .from(events)
    .where(eq(events.titleVi, conferenceTitle));
  if (existing) {
    return { events: 0, targets: targets.length };
  }
  const startsAt = vietnamMorning(30);
  const [conference] = await db
    .insert(events)
    .values({
      kind: 'trade_connection_conference',
      status: 'published',
      titleVi: conferenceTitle,
      titleEn: 'Supply–demand connection conference between Ho Chi Minh City and the provinces',
      descriptionVi:
        'Hội nghị kết nối các nhà sản xuất sản phẩm OCOP, đặc sản vùng miền với hệ thống siêu thị, cửa hàng tiện lợi, chợ đầu mối và nhà nhập khẩu. Gặp gỡ giao thương B2B theo lịch hẹn trước, mỗi lượt 20 phút.',
      descriptionEn:
        'OCOP and regional specialty producers meet supermarket and convenience chains, wholesale markets and importers. Pre-booked 20-minute B2B meetings.',
      startsAt,
      endsAt: vietnamMorning(30, 17),
      place: 'Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC), 799 Nguyễn Văn Linh, TP. Hồ Chí Minh',
      country: 'VN',
      capacity: 200,
      registrationDeadline: vietnamMorning(25, 17),
      slotMinutes: 20,
      tables: 20,
      meetingHours: [
        {
          startsAt: vietnamMorning(30, 8, 30).toISOString(),
          endsAt: vietnamMorning(30, 11, 30).toISOString(),
        },
        {
          startsAt: vietnamMorning(30, 13, 30).toISOString(),
          endsAt: vietnamMorning(30, 16, 30).toISOString(),
        },
      ],
      programmes: ['market_information'],
      createdBy: coordinator.id,
      publishedAt: new Date(),
    })
    .returning({ id: events.id });

  const members = await db
    .select({ id: users.id, organizationId: users.organizationId })
    .from(users)
    .where(inArray(users.email, ['producer@ketnoi.vn', 'distributor@ketnoi.vn']));
  const accepted = members.filter((m) => m.organizationId !== null);
  if (accepted.length > 0) {
    await db.insert(eventRegistrations).values(
      accepted.map((m) => ({
        eventId: conference!.id,
        organizationId: m.organizationId!,
        status: 'accepted' as const,
        registeredBy: m.id,
        decidedBy: coordinator.id,
        decidedAt: new Date(),
      })),
    );
  }
  return { events: 1, targets: targets.length };
}
