import type { NotificationMessage } from '../notifications/notifications.messages.ts';

/** Notifications about B2B meetings, in both languages. Times are Asia/Ho_Chi_Minh. */
export const meetingMessages = {
  requested: {
    kind: 'meeting.requested',
    title: { vi: 'Lời mời gặp B2B mới', en: 'New B2B meeting request' },
    body: {
      vi: '{from} mời {to} gặp lúc {time} tại "{title}". Hãy chấp nhận hoặc từ chối.',
      en: '{from} asks {to} to meet at {time} at "{title}". Accept or decline it.',
    },
    link: '/app/events/{eventId}/agenda',
  },
  accepted: {
    kind: 'meeting.accepted',
    title: { vi: 'Cuộc gặp B2B đã được chấp nhận', en: 'B2B meeting accepted' },
    body: {
      vi: '{by} đã chấp nhận gặp lúc {time} tại "{title}", bàn {table}.',
      en: '{by} accepted the meeting at {time} at "{title}", table {table}.',
    },
    link: '/app/events/{eventId}/agenda',
  },
  declined: {
    kind: 'meeting.declined',
    title: { vi: 'Lời mời gặp B2B bị từ chối', en: 'B2B meeting declined' },
    body: {
      vi: '{by} đã từ chối cuộc gặp lúc {time} tại "{title}".',
      en: '{by} declined the meeting at {time} at "{title}".',
    },
    link: '/app/events/{eventId}/agenda',
  },
  scheduled: {
    kind: 'meeting.scheduled',
    title: { vi: 'Trung tâm đã xếp lịch gặp B2B', en: 'A B2B meeting was scheduled for you' },
    body: {
      vi: 'Cuộc gặp giữa {producer} và {distributor} lúc {time}, bàn {table}, tại "{title}".',
      en: 'A meeting between {producer} and {distributor} at {time}, table {table}, at "{title}".',
    },
    link: '/app/events/{eventId}/agenda',
  },
  cancelled: {
    kind: 'meeting.cancelled',
    title: { vi: 'Cuộc gặp B2B đã bị hủy', en: 'B2B meeting cancelled' },
    body: {
      vi: 'Cuộc gặp giữa {producer} và {distributor} lúc {time} tại "{title}" đã bị hủy.',
      en: 'The meeting between {producer} and {distributor} at {time} at "{title}" was cancelled.',
    },
    link: '/app/events/{eventId}/agenda',
  },
  agendaDrafted: {
    kind: 'meeting.agenda_drafted',
    title: { vi: 'Lịch gặp B2B của bạn', en: 'Your B2B agenda' },
    body: {
      vi: 'Trung tâm đã xếp {count} cuộc gặp cho {org} tại "{title}". Xem lịch và tải tệp .ics.',
      en: 'The centre scheduled {count} meetings for {org} at "{title}". See the agenda and download the .ics file.',
    },
    link: '/app/events/{eventId}/agenda',
  },
} satisfies Record<string, NotificationMessage>;
