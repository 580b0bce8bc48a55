import type { NotificationMessage } from '../notifications/notifications.messages.ts';

/**
 * What each side is told at each step of a sample request. `{product}` / `{productEn}` is the
 * product's name in Vietnamese / English, `{party}` the organization that took the step.
 */
export const sampleMessages = {
  requested: {
    kind: 'sample.requested',
    title: { vi: 'Yêu cầu mẫu mới: {product}', en: 'New sample request: {productEn}' },
    body: {
      vi: '{party} yêu cầu {quantity} {unit} mẫu "{product}". Hãy chấp nhận hoặc từ chối yêu cầu.',
      en: '{party} asks for a sample of {quantity} {unit} of "{productEn}". Accept or decline the request.',
    },
    link: '/app/samples/{id}',
  },
  accepted: {
    kind: 'sample.accepted',
    title: { vi: 'Yêu cầu mẫu được chấp nhận', en: 'Sample request accepted' },
    body: {
      vi: '{party} đã chấp nhận gửi mẫu "{product}".',
      en: '{party} accepted to send a sample of "{productEn}".',
    },
    link: '/app/samples/{id}',
  },
  declined: {
    kind: 'sample.declined',
    title: { vi: 'Yêu cầu mẫu bị từ chối', en: 'Sample request declined' },
    body: {
      vi: '{party} đã từ chối gửi mẫu "{product}". Lý do: {reason}.',
      en: '{party} declined to send a sample of "{productEn}". Reason: {reason}.',
    },
    link: '/app/samples/{id}',
  },
  shipped: {
    kind: 'sample.shipped',
    title: { vi: 'Mẫu đã được gửi đi', en: 'Sample shipped' },
    body: {
      vi: '{party} đã gửi mẫu "{product}" qua {carrier}, mã vận đơn {trackingNumber}.',
      en: '{party} shipped the sample of "{productEn}" with {carrier}, tracking number {trackingNumber}.',
    },
    link: '/app/samples/{id}',
  },
  delivered: {
    kind: 'sample.delivered',
    title: { vi: 'Mẫu đã đến tay người mua', en: 'Sample delivered' },
    body: {
      vi: '{party} đã nhận mẫu "{product}". Đánh giá của họ sẽ được gửi tới bạn.',
      en: '{party} received the sample of "{productEn}". You will see their evaluation.',
    },
    link: '/app/samples/{id}',
  },
  evaluated: {
    kind: 'sample.evaluated',
    title: { vi: 'Mẫu đã được đánh giá', en: 'Sample evaluated' },
    body: {
      vi: '{party} đã đánh giá mẫu "{product}": {decisionVi}.',
      en: '{party} evaluated the sample of "{productEn}": {decisionEn}.',
    },
    link: '/app/samples/{id}',
  },
} satisfies Record<string, NotificationMessage>;
