import type { NotificationMessage } from '../notifications/notifications.messages.ts';

/**
 * The 3-day nudges. `{product}` / `{productEn}` name the product in Vietnamese / English,
 * `{party}` the organization on the other side, `{demand}` the distributor's sourcing request.
 */
export const reminderMessages = {
  sampleRequestWaiting: {
    kind: 'sample.reminder',
    title: {
      vi: 'Yêu cầu mẫu đang chờ bạn trả lời: {product}',
      en: 'A sample request is waiting for your answer: {productEn}',
    },
    body: {
      vi: '{party} đã yêu cầu mẫu "{product}" từ 3 ngày trước. Hãy chấp nhận hoặc từ chối: người mua thấy bạn trả lời nhanh đến đâu.',
      en: '{party} asked for a sample of "{productEn}" 3 days ago. Accept or decline it: buyers see how quickly you answer.',
    },
    link: '/app/samples/{id}',
  },
  introductionWaitingProducer: {
    kind: 'match.reminder',
    title: {
      vi: 'Kết nối đang chờ bước tiếp theo',
      en: 'An introduction is waiting for a next step',
    },
    body: {
      vi: 'Bạn đã được giới thiệu với {party} cho nhu cầu "{demand}" (sản phẩm "{product}") từ 3 ngày trước. Hãy gửi báo giá hoặc liên hệ với họ.',
      en: 'You were introduced to {party} for "{demand}" (product "{productEn}") 3 days ago. Send them a quote or get in touch.',
    },
    link: '/app/matches/{id}',
  },
  introductionWaitingDistributor: {
    kind: 'match.reminder',
    title: {
      vi: 'Kết nối đang chờ bước tiếp theo',
      en: 'An introduction is waiting for a next step',
    },
    body: {
      vi: 'Bạn đã được giới thiệu với {party} (sản phẩm "{product}") cho nhu cầu "{demand}" từ 3 ngày trước. Hãy yêu cầu mẫu hoặc đề nghị báo giá.',
      en: 'You were introduced to {party} (product "{productEn}") for "{demand}" 3 days ago. Request a sample or ask for a quote.',
    },
    link: '/app/matches/{id}',
  },
  quoteWaiting: {
    kind: 'quote.reminder',
    title: {
      vi: 'Báo giá đang chờ bạn trả lời: {product}',
      en: 'A quote is waiting for your answer: {productEn}',
    },
    body: {
      vi: '{party} đã gửi báo giá "{product}" ({priceVi}/{unit}) từ 3 ngày trước, hiệu lực đến {validUntil}. Hãy chấp nhận, từ chối hoặc đề nghị điều chỉnh.',
      en: '{party} sent a quote for "{productEn}" ({priceEn}/{unit}) 3 days ago, valid until {validUntil}. Accept, decline or ask for a revision.',
    },
    link: '/app/matches/{matchId}',
  },
} satisfies Record<string, NotificationMessage>;
