import type { NotificationMessage } from '../notifications/notifications.messages.ts';

/**
 * What each side is told about quotes. `{product}` / `{productEn}` is the match's product in
 * Vietnamese / English, `{party}` the organization that acted, `{priceVi}` / `{priceEn}` the
 * price per unit written for each language. Links open the match, where its quotes are listed.
 */
export const quoteMessages = {
  sent: {
    kind: 'quote.sent',
    title: { vi: 'Báo giá mới: {product}', en: 'New quote: {productEn}' },
    body: {
      vi: '{party} gửi báo giá "{product}": {priceVi}/{unit}, hiệu lực đến {validUntil}. Hãy chấp nhận, từ chối hoặc đề nghị điều chỉnh.',
      en: '{party} sent a quote for "{productEn}": {priceEn}/{unit}, valid until {validUntil}. Accept, decline or ask for a revision.',
    },
    link: '/app/matches/{matchId}',
  },
  revised: {
    kind: 'quote.revised',
    title: { vi: 'Báo giá đã điều chỉnh: {product}', en: 'Revised quote: {productEn}' },
    body: {
      vi: '{party} gửi báo giá điều chỉnh cho "{product}": {priceVi}/{unit}, hiệu lực đến {validUntil}.',
      en: '{party} sent a revised quote for "{productEn}": {priceEn}/{unit}, valid until {validUntil}.',
    },
    link: '/app/matches/{matchId}',
  },
  accepted: {
    kind: 'quote.accepted',
    title: { vi: 'Báo giá được chấp nhận', en: 'Quote accepted' },
    body: {
      vi: '{party} đã chấp nhận báo giá "{product}" ({priceVi}/{unit}).',
      en: '{party} accepted your quote for "{productEn}" ({priceEn}/{unit}).',
    },
    link: '/app/matches/{matchId}',
  },
  declined: {
    kind: 'quote.declined',
    title: { vi: 'Báo giá bị từ chối', en: 'Quote declined' },
    body: {
      vi: '{party} đã từ chối báo giá "{product}". {reasonVi}',
      en: '{party} declined your quote for "{productEn}". {reasonEn}',
    },
    link: '/app/matches/{matchId}',
  },
  revisionRequested: {
    kind: 'quote.revision_requested',
    title: { vi: 'Đề nghị điều chỉnh báo giá', en: 'Quote revision requested' },
    body: {
      vi: '{party} đề nghị điều chỉnh báo giá "{product}": {note}',
      en: '{party} asks you to revise your quote for "{productEn}": {note}',
    },
    link: '/app/matches/{matchId}',
  },
} satisfies Record<string, NotificationMessage>;
