import type { PipelineStatus } from '@ketnoi/shared';
import type { Localized } from '../../lib/locale.ts';
import type { NotificationMessage } from '../notifications/notifications.messages.ts';

/**
 * What the parties of a match are told. Placeholders: `{product}`, `{demand}`, `{producer}`,
 * `{distributor}`, `{actor}` (the organization or "the centre" that moved it), `{note}` (already
 * quoted, or empty), `{reason}`, `{id}`.
 */
export const matchMessages = {
  introducedToDistributor: {
    kind: 'match.introduced',
    title: {
      vi: 'Trung tâm đã kết nối bạn với {producer}',
      en: 'The centre introduced you to {producer}',
    },
    body: {
      vi: 'Trung tâm đã duyệt kết nối giữa yêu cầu "{demand}" của bạn và sản phẩm "{product}" của {producer}. Từ nay hai bên xem được thông tin liên hệ của nhau.{note}',
      en: 'The centre approved the match between your request "{demand}" and "{product}" by {producer}. You can now see each other\'s contact details.{note}',
    },
    link: '/app/matches/{id}',
  },
  introducedToProducer: {
    kind: 'match.introduced',
    title: {
      vi: 'Trung tâm đã kết nối bạn với nhà phân phối {distributor}',
      en: 'The centre introduced you to the distributor {distributor}',
    },
    body: {
      vi: '{distributor} đang tìm nguồn hàng "{demand}" và Trung tâm đã giới thiệu sản phẩm "{product}" của bạn. Từ nay hai bên xem được thông tin liên hệ của nhau.{note}',
      en: '{distributor} is sourcing "{demand}" and the centre introduced your product "{product}". You can now see each other\'s contact details.{note}',
    },
    link: '/app/matches/{id}',
  },
} satisfies Record<string, NotificationMessage>;

const statusLabels: Record<PipelineStatus, Localized> = {
  sample_requested: { vi: 'đã yêu cầu mẫu', en: 'sample requested' },
  sample_sent: { vi: 'đã gửi mẫu', en: 'sample sent' },
  sample_received: { vi: 'đã nhận mẫu', en: 'sample received' },
  negotiating: { vi: 'đang đàm phán', en: 'negotiating' },
  won: { vi: 'đã chốt giao dịch', en: 'deal won' },
  lost: { vi: 'không thành', en: 'lost' },
};

/** "The other side moved the match" — one message per target status, the label in each language. */
export function matchMovedMessage(status: PipelineStatus): NotificationMessage {
  const label = statusLabels[status];
  const reason: Localized =
    status === 'lost' ? { vi: ' Lý do: {reason}', en: ' Reason: {reason}' } : { vi: '', en: '' };
  return {
    kind: `match.${status}`,
    title: { vi: `Kết nối ${label.vi}: {product}`, en: `Match ${label.en}: {product}` },
    body: {
      vi: `{actor} đã cập nhật kết nối "{product}" – "{demand}": ${label.vi}.${reason.vi}`,
      en: `{actor} updated the match "{product}" – "{demand}": ${label.en}.${reason.en}`,
    },
    link: '/app/matches/{id}',
  };
}
