import Type from 'typebox';
import { fromVietnamInput, toVietnamInput } from '../event-time';
import type { CreateEventBody, Event, EventKind, EventProgramme, UpdateEventBody } from '../types';

/** What the inputs hold: text as typed, times as Vietnam wall-clock `datetime-local` values. */
export type EventValues = {
  kind: EventKind;
  titleVi: string;
  titleEn: string;
  descriptionVi: string;
  descriptionEn: string;
  startsAt: string;
  endsAt: string;
  place: string;
  country: string;
  partnerRetailer: string;
  capacity: string;
  registrationDeadline: string;
  slotMinutes: string;
  tables: string;
  meetingHours: { startsAt: string; endsAt: string }[];
  programmes: EventProgramme[];
};

const DATETIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$';
const dateTime = Type.String({ pattern: DATETIME, errorKey: 'date' });
const optionalDateTime = Type.String({ pattern: `^$|${DATETIME}`, errorKey: 'date' });
const optionalText = (min: number, max: number) =>
  Type.String({ pattern: `^$|^[\\s\\S]{${min},${max}}$`, errorKey: 'minLength' });

/** Checked in the browser before sending; the server checks again (and the order of dates). */
export const eventValuesSchema = Type.Object({
  kind: Type.String({ minLength: 1 }),
  titleVi: Type.String({ minLength: 3, maxLength: 200 }),
  titleEn: optionalText(3, 200),
  descriptionVi: Type.String({ maxLength: 10_000 }),
  descriptionEn: Type.String({ maxLength: 10_000 }),
  startsAt: dateTime,
  endsAt: dateTime,
  place: Type.String({ minLength: 2, maxLength: 300 }),
  country: Type.String({ pattern: '^[A-Z]{2}$', errorKey: 'required' }),
  partnerRetailer: optionalText(2, 200),
  capacity: Type.String({ pattern: '^$|^[1-9][0-9]{0,3}$|^10000$', errorKey: 'integer' }),
  registrationDeadline: optionalDateTime,
  slotMinutes: Type.String({ pattern: '^[0-9]{2,3}$', errorKey: 'integer' }),
  tables: Type.String({ pattern: '^[1-9][0-9]{0,2}$', errorKey: 'integer' }),
  meetingHours: Type.Array(Type.Object({ startsAt: dateTime, endsAt: dateTime })),
  programmes: Type.Array(Type.String()),
});

export function emptyEventValues(): EventValues {
  return {
    kind: 'trade_connection_conference',
    titleVi: '',
    titleEn: '',
    descriptionVi: '',
    descriptionEn: '',
    startsAt: '',
    endsAt: '',
    place: '',
    country: 'VN',
    partnerRetailer: '',
    capacity: '',
    registrationDeadline: '',
    slotMinutes: '20',
    tables: '10',
    meetingHours: [],
    programmes: ['market_information'],
  };
}

export function toEventValues(event: Event): EventValues {
  return {
    kind: event.kind,
    titleVi: event.titleVi,
    titleEn: event.titleEn ?? '',
    descriptionVi: event.descriptionVi,
    descriptionEn: event.descriptionEn ?? '',
    startsAt: toVietnamInput(event.startsAt),
    endsAt: toVietnamInput(event.endsAt),
    place: event.place,
    country: event.country,
    partnerRetailer: event.partnerRetailer ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    registrationDeadline: toVietnamInput(event.registrationDeadline),
    slotMinutes: String(event.slotMinutes),
    tables: String(event.tables),
    meetingHours: event.meetingHours.map((h) => ({
      startsAt: toVietnamInput(h.startsAt),
      endsAt: toVietnamInput(h.endsAt),
    })),
    programmes: [...event.programmes],
  };
}

export const prepareEventValues = (values: EventValues): EventValues => ({
  ...values,
  titleVi: values.titleVi.trim(),
  titleEn: values.titleEn.trim(),
  descriptionVi: values.descriptionVi.trim(),
  descriptionEn: values.descriptionEn.trim(),
  place: values.place.trim(),
  partnerRetailer: values.partnerRetailer.trim(),
  capacity: values.capacity.trim(),
  slotMinutes: values.slotMinutes.trim(),
  tables: values.tables.trim(),
});

const orNull = (text: string) => (text === '' ? null : text);

/** The whole body of a new event, from validated values. */
export function toCreateEventBody(values: EventValues): CreateEventBody {
  return {
    kind: values.kind,
    titleVi: values.titleVi,
    titleEn: orNull(values.titleEn),
    descriptionVi: values.descriptionVi,
    descriptionEn: orNull(values.descriptionEn),
    startsAt: fromVietnamInput(values.startsAt)!,
    endsAt: fromVietnamInput(values.endsAt)!,
    place: values.place,
    country: values.country,
    partnerRetailer: orNull(values.partnerRetailer),
    capacity: values.capacity === '' ? null : Number(values.capacity),
    registrationDeadline: values.registrationDeadline
      ? fromVietnamInput(values.registrationDeadline)
      : null,
    slotMinutes: Number(values.slotMinutes),
    tables: Number(values.tables),
    meetingHours: values.meetingHours.map((h) => ({
      startsAt: fromVietnamInput(h.startsAt)!,
      endsAt: fromVietnamInput(h.endsAt)!,
    })),
    programmes: values.programmes,
  };
}

/**
 * Only what changed since `event` was read, with its version: an edit made elsewhere in between
 * is a 409 the form explains, not a silent overwrite. Null when nothing changed.
 */
export function toEventPatch(event: Event, values: EventValues): UpdateEventBody | null {
  const next = toCreateEventBody(values);
  const before = toCreateEventBody(toEventValues(event));
  const changes: Partial<CreateEventBody> = {};
  for (const key of Object.keys(next) as (keyof CreateEventBody)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) {
      Object.assign(changes, { [key]: next[key] });
    }
  }
  const patch: UpdateEventBody = { version: event.version, ...changes };
  return Object.keys(changes).length === 0 ? null : patch;
}

/** Problem `errors[].path`s a field of the form shows beside itself. */
export const eventFormPaths = (values: EventValues) => [
  '/kind',
  '/titleVi',
  '/titleEn',
  '/descriptionVi',
  '/descriptionEn',
  '/startsAt',
  '/endsAt',
  '/place',
  '/country',
  '/partnerRetailer',
  '/capacity',
  '/registrationDeadline',
  '/slotMinutes',
  '/tables',
  '/programmes',
  ...values.meetingHours.map((_, i) => `/meetingHours/${i}`),
];
