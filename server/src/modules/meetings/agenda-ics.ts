import type { Locale } from '@ketnoi/shared';
import type { MeetingWithParties } from './meetings.repository.ts';

/**
 * iCalendar (RFC 5545) for a personal agenda: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, every time in UTC (`…Z`), one VEVENT per
 * meeting with a stable UID and SEQUENCE, so re-importing the file updates the same entries.
 */
export type AgendaEntry = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  stampedAt: Date;
  sequence: number;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  summary: string;
  location: string;
  description: string;
};

const CRLF = '\r\n';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- other control characters are not allowed in TEXT
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** RFC 5545 §3.1: lines longer than 75 octets continue on lines that begin with one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines 74 plus their leading space.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** 2026-05-12T02:20:00.000Z → 20260512T022000Z */
export function utcStamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function agendaCalendar(calendarName: string, entries: AgendaEntry[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//KetNoi//B2B agenda//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  for (const e of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(e.stampedAt)}`,
      `DTSTART:${utcStamp(e.startsAt)}`,
      `DTEND:${utcStamp(e.endsAt)}`,
      `SEQUENCE:${e.sequence}`,
      `STATUS:${e.status}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `LOCATION:${escapeText(e.location)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * One entry per meeting of the agenda: requested → TENTATIVE, accepted/scheduled → CONFIRMED,
 * cancelled after being confirmed → CANCELLED (a re-import then removes it); declined requests
 * and requests withdrawn before an answer are left out. The summary names the counterpart of
 * `organizationId` (both parties for staff).
 */
export function agendaEntries(
  rows: MeetingWithParties[],
  context: { organizationId: string | undefined; locale: Locale; title: string; place: string },
): AgendaEntry[] {
  const en = context.locale === 'en';
  return rows
    .filter(
      ({ meeting: m }) =>
        m.status !== 'declined' &&
        (m.status !== 'cancelled' || m.acceptedAt !== null || m.origin !== 'request'),
    )
    .map(({ meeting: m, producer, distributor }) => {
      const counterpart =
        context.organizationId === producer.id
          ? distributor.name
          : context.organizationId === distributor.id
            ? producer.name
            : `${producer.name} – ${distributor.name}`;
      const table = m.tableNo === null ? '' : en ? `, table ${m.tableNo}` : `, bàn ${m.tableNo}`;
      return {
        uid: `${m.id}@ketnoi.vn`,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        stampedAt: m.updatedAt,
        sequence: m.version - 1,
        status:
          m.status === 'cancelled'
            ? 'CANCELLED'
            : m.status === 'requested'
              ? 'TENTATIVE'
              : 'CONFIRMED',
        summary: `${en ? 'B2B meeting' : 'Gặp B2B'}: ${counterpart}`,
        location: `${context.place}${table}`,
        description: `${context.title}\n${producer.name} – ${distributor.name}${m.note ? `\n${m.note}` : ''}`,
      };
    });
}
