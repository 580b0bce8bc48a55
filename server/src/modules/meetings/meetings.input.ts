import type { CreateMeetingBody, MeetingOrigin, MeetingStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { AppError, fieldError, forbidden, invalidState } from '../../lib/errors.ts';
import { eventPolicy } from '../events/events.policy.ts';
import type { EventRow } from '../events/events.repository.ts';
import { acceptedParticipants } from '../events/registrations.repository.ts';
import { slotAt } from './meeting-slots.ts';
import { findMatchParties, meetableMatchStatuses } from './suggestions.repository.ts';

export type BookingInput = {
  producerOrgId: string;
  distributorOrgId: string;
  tableNo: number | null;
  startsAt: Date;
  endsAt: Date;
  matchId: string | null;
  status: MeetingStatus;
  origin: MeetingOrigin;
  requestedByOrgId: string | null;
  note: string | null;
};

const notAllowed = (path: string) =>
  fieldError('VALIDATION_FAILED', path, {
    vi: 'Trường này chỉ dành cho điều phối viên',
    en: 'Only coordinators set this field',
  });
const required = (path: string) =>
  fieldError('VALIDATION_FAILED', path, { vi: 'Bắt buộc', en: 'Required' });

/**
 * Checks a booking before it is written: who asks (a party for its own organization, or staff
 * for any two), the event published, the slot on the event's grid and still ahead, both
 * organizations accepted participants of the right kinds, the table within the event's tables and
 * the match (if named) an introduced match between exactly these two. Double-booking is left to
 * the database's exclusion constraints.
 */
export async function checkBooking(
  tx: DbOrTx,
  actor: Actor,
  event: EventRow,
  body: CreateMeetingBody,
): Promise<BookingInput> {
  const staff = isStaff(actor);
  const member = eventPolicy.memberOrganization(actor);
  if (!staff && !member) {
    throw forbidden('Only participants and coordinators book meetings');
  }
  let pair: string[];
  if (staff) {
    if (body.counterpartOrganizationId !== undefined) {
      throw fieldError('VALIDATION_FAILED', '/counterpartOrganizationId', {
        vi: 'Điều phối viên chọn cả hai bên',
        en: 'Coordinators name both parties',
      });
    }
    if (!body.producerOrganizationId) {
      throw required('/producerOrganizationId');
    }
    if (!body.distributorOrganizationId) {
      throw required('/distributorOrganizationId');
    }
    pair = [body.producerOrganizationId, body.distributorOrganizationId];
  } else {
    for (const field of [
      'producerOrganizationId',
      'distributorOrganizationId',
      'tableNo',
    ] as const) {
      if (body[field] !== undefined) {
        throw notAllowed(`/${field}`);
      }
    }
    if (!body.counterpartOrganizationId) {
      throw required('/counterpartOrganizationId');
    }
    if (actor.organizationStatus !== 'verified') {
      throw new AppError(
        'ORGANIZATION_NOT_VERIFIED',
        'Your organization must be verified before it can request meetings',
      );
    }
    pair = [member!, body.counterpartOrganizationId];
  }
  if (event.status !== 'published') {
    throw invalidState(`Meetings are booked at published events; this one is ${event.status}`);
  }
  const slot = slotAt(event, new Date(body.startsAt));
  if (!slot) {
    throw fieldError('VALIDATION_FAILED', '/startsAt', {
      vi: 'Không phải khung giờ gặp của sự kiện này',
      en: 'Not a meeting slot of this event',
    });
  }
  if (slot.startsAt <= new Date()) {
    throw fieldError('VALIDATION_FAILED', '/startsAt', {
      vi: 'Khung giờ này đã bắt đầu',
      en: 'This slot has already begun',
    });
  }
  if (body.tableNo !== undefined && body.tableNo > event.tables) {
    throw fieldError('VALIDATION_FAILED', '/tableNo', {
      vi: `Sự kiện có ${event.tables} bàn`,
      en: `The event has ${event.tables} tables`,
    });
  }
  const participants = await acceptedParticipants(tx, event.id, pair);
  const producer = participants.find((p) => p.kind === 'producer');
  const distributor = participants.find((p) => p.kind === 'distributor');
  if (!producer || !distributor) {
    throw invalidState(
      'A meeting is between a producer and a distributor that are both accepted participants of the event',
    );
  }
  let matchId: string | null = null;
  if (body.matchId) {
    const match = await findMatchParties(tx, body.matchId);
    if (
      !match ||
      match.producerOrgId !== producer.id ||
      match.distributorOrgId !== distributor.id ||
      !(meetableMatchStatuses as readonly string[]).includes(match.status)
    ) {
      throw fieldError('VALIDATION_FAILED', '/matchId', {
        vi: 'Không phải đề xuất kết nối đã giới thiệu giữa hai bên này',
        en: 'Not an introduced match between these two parties',
      });
    }
    matchId = match.id;
  }
  return {
    producerOrgId: producer.id,
    distributorOrgId: distributor.id,
    tableNo: body.tableNo ?? null,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    matchId,
    status: staff ? 'scheduled' : 'requested',
    origin: staff ? 'coordinator' : 'request',
    requestedByOrgId: staff ? null : member,
    note: body.note?.trim() || null,
  };
}
