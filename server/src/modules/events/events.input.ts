import {
  defaultProgrammes,
  type CreateEventBody,
  type MeetingHours,
  type UpdateEventBody,
} from '@ketnoi/shared';
import { fieldError } from '../../lib/errors.ts';
import type { EventRow, NewEventRow } from './events.repository.ts';

type EventChanges = Omit<UpdateEventBody, 'version'>;

/** At most a year long: a longer "event" is a typo in a date. */
const maxEventMs = 366 * 24 * 3600_000;

/**
 * Turns a create or update body into columns, checking what JSON Schema cannot: the order of the
 * dates, the deadline, and meeting hours that lie inside the event, in order, each at least one
 * slot long. On update the body is merged over the stored row before checking.
 */
export function toEventColumns(
  body: CreateEventBody | EventChanges,
  existing?: EventRow,
): Partial<NewEventRow> {
  const startsAt = body.startsAt ? new Date(body.startsAt) : existing!.startsAt;
  const endsAt = body.endsAt ? new Date(body.endsAt) : existing!.endsAt;
  if (endsAt <= startsAt) {
    throw fieldError('VALIDATION_FAILED', '/endsAt', {
      vi: 'Thời gian kết thúc phải sau thời gian bắt đầu',
      en: 'The end must be after the start',
    });
  }
  if (endsAt.getTime() - startsAt.getTime() > maxEventMs) {
    throw fieldError('VALIDATION_FAILED', '/endsAt', {
      vi: 'Sự kiện không thể kéo dài quá một năm',
      en: 'An event cannot last more than a year',
    });
  }
  const deadline =
    body.registrationDeadline === undefined
      ? (existing?.registrationDeadline ?? startsAt)
      : body.registrationDeadline === null
        ? startsAt
        : new Date(body.registrationDeadline);
  if (deadline > endsAt) {
    throw fieldError('VALIDATION_FAILED', '/registrationDeadline', {
      vi: 'Hạn đăng ký phải trước khi sự kiện kết thúc',
      en: 'The registration deadline must be before the event ends',
    });
  }
  const slotMinutes = body.slotMinutes ?? existing?.slotMinutes ?? 20;
  const meetingHours = body.meetingHours ?? existing?.meetingHours ?? [];
  checkMeetingHours(meetingHours, { startsAt, endsAt, slotMinutes });

  const columns: Partial<NewEventRow> = {
    startsAt,
    endsAt,
    registrationDeadline: deadline,
    slotMinutes,
    meetingHours: meetingHours.map((h) => ({
      startsAt: new Date(h.startsAt).toISOString(),
      endsAt: new Date(h.endsAt).toISOString(),
    })),
  };
  const copy = [
    'kind',
    'titleVi',
    'titleEn',
    'descriptionVi',
    'descriptionEn',
    'place',
    'country',
    'partnerRetailer',
    'capacity',
    'tables',
    'programmes',
  ] as const;
  for (const key of copy) {
    if (body[key] !== undefined) {
      Object.assign(columns, {
        [key]: typeof body[key] === 'string' ? body[key].trim() : body[key],
      });
    }
  }
  if (!existing) {
    const created = body as CreateEventBody;
    columns.programmes ??= defaultProgrammes(created.kind);
    columns.descriptionVi ??= '';
    columns.country ??= 'VN';
    columns.tables ??= 10;
  }
  return columns;
}

function checkMeetingHours(
  hours: MeetingHours[],
  event: { startsAt: Date; endsAt: Date; slotMinutes: number },
) {
  let previousEnd: Date | undefined;
  hours.forEach((h, i) => {
    const start = new Date(h.startsAt);
    const end = new Date(h.endsAt);
    const path = `/meetingHours/${i}`;
    if (end.getTime() - start.getTime() < event.slotMinutes * 60_000) {
      throw fieldError('VALIDATION_FAILED', path, {
        vi: 'Khung giờ gặp phải dài ít nhất một lượt gặp',
        en: 'Meeting hours must be at least one slot long',
      });
    }
    if (start < event.startsAt || end > event.endsAt) {
      throw fieldError('VALIDATION_FAILED', path, {
        vi: 'Khung giờ gặp phải nằm trong thời gian sự kiện',
        en: 'Meeting hours must lie within the event',
      });
    }
    if (previousEnd && start < previousEnd) {
      throw fieldError('VALIDATION_FAILED', path, {
        vi: 'Các khung giờ gặp phải theo thứ tự và không chồng lên nhau',
        en: 'Meeting hours must be in order and must not overlap',
      });
    }
    previousEnd = end;
  });
}
