import type { NotificationMessage } from '../notifications/notifications.messages.ts';

/** Notifications about events and registrations, in both languages. */
export const eventMessages = {
  registrationAccepted: {
    kind: 'event.registration_accepted',
    title: { vi: 'Đăng ký tham dự đã được chấp nhận', en: 'Registration accepted' },
    body: {
      vi: '{org} đã được chấp nhận tham dự "{title}" ({date}).',
      en: '{org} has been accepted to "{title}" ({date}).',
    },
    link: '/app/events/{id}',
  },
  registrationDeclined: {
    kind: 'event.registration_declined',
    title: { vi: 'Đăng ký tham dự chưa được chấp nhận', en: 'Registration declined' },
    body: {
      vi: 'Đăng ký của {org} cho "{title}" chưa được chấp nhận. {note}',
      en: 'The registration of {org} for "{title}" was declined. {note}',
    },
    link: '/app/events/{id}',
  },
  eventCancelled: {
    kind: 'event.cancelled',
    title: { vi: 'Sự kiện đã bị hủy', en: 'Event cancelled' },
    body: {
      vi: '"{title}" ({date}) đã bị hủy. Lý do: {reason}. Các cuộc gặp B2B cũng được hủy.',
      en: '"{title}" ({date}) has been cancelled. Reason: {reason}. Its B2B meetings are cancelled too.',
    },
    link: '/app/events/{id}',
  },
  eventChanged: {
    kind: 'event.changed',
    title: { vi: 'Sự kiện thay đổi thời gian hoặc địa điểm', en: 'Event time or place changed' },
    body: {
      vi: '"{title}" nay diễn ra {date} tại {place}.',
      en: '"{title}" now takes place {date} at {place}.',
    },
    link: '/app/events/{id}',
  },
} satisfies Record<string, NotificationMessage>;

/** A date as people read it in messages: Vietnam's time zone, day first. */
export function eventDate(at: Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
