import type { Event, Registration } from '@ketnoi/shared';
import type { EventRow } from './events.repository.ts';
import type { RegistrationRow, RegistrationWithOrganization } from './registrations.repository.ts';

/** Open: published, before the deadline and not full. */
export function registrationOpen(row: EventRow, acceptedCount: number, now = new Date()): boolean {
  return (
    row.status === 'published' &&
    now < row.registrationDeadline &&
    (row.capacity === null || acceptedCount < row.capacity)
  );
}

export function toEventDto(
  row: EventRow,
  context: { acceptedCount: number; myRegistration?: RegistrationRow | null },
): Event {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    titleVi: row.titleVi,
    titleEn: row.titleEn,
    descriptionVi: row.descriptionVi,
    descriptionEn: row.descriptionEn,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    country: row.country,
    partnerRetailer: row.partnerRetailer,
    capacity: row.capacity,
    registrationDeadline: row.registrationDeadline.toISOString(),
    slotMinutes: row.slotMinutes,
    tables: row.tables,
    meetingHours: row.meetingHours,
    programmes: row.programmes,
    acceptedCount: context.acceptedCount,
    registrationOpen: registrationOpen(row, context.acceptedCount),
    ...(context.myRegistration !== undefined
      ? {
          myRegistration: context.myRegistration
            ? {
                id: context.myRegistration.id,
                status: context.myRegistration.status,
                version: context.myRegistration.version,
              }
            : null,
        }
      : {}),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    cancelReason: row.cancelReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toRegistrationDto({
  registration: r,
  organization,
}: RegistrationWithOrganization): Registration {
  return {
    id: r.id,
    eventId: r.eventId,
    organization: {
      id: organization.id,
      name: organization.name,
      kind: organization.kind === 'distributor' ? 'distributor' : 'producer',
      provinceCode: organization.provinceCode,
      country: organization.country,
    },
    status: r.status,
    note: r.note,
    decisionNote: r.decisionNote,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
