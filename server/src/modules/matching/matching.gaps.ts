import type { MatchGap } from '@ketnoi/shared';
import { matchGapCodes, type MatchGapCode } from '@ketnoi/shared/match-gap-codes';

/**
 * The gaps the engine reports, each with a stable code (shared, translated by the web from `params`)
 * and the server's own wording in both languages. Blockers stand in the way of a deal as things
 * are; warnings are for the parties to talk through.
 */
export { matchGapCodes, type MatchGapCode };

type Params = Record<string, string | number>;

const fmt = (n: string | number | undefined) =>
  typeof n === 'number' ? String(Math.round(n * 100) / 100) : String(n ?? '');

const texts: Record<MatchGapCode, (p: Params) => { vi: string; en: string }> = {
  MISSING_CERTIFICATION: (p) => ({
    vi: `cần chứng nhận ${fmt(p.scheme)} — sản phẩm chưa có chứng nhận còn hiệu lực`,
    en: `needs ${fmt(p.scheme)} certification — the product has no valid one`,
  }),
  STARS_BELOW_MIN: (p) => ({
    vi: `cần OCOP từ ${fmt(p.required)} sao — sản phẩm ${p.actual ? `đạt ${fmt(p.actual)} sao` : 'chưa xếp hạng OCOP'}`,
    en: `needs OCOP ${fmt(p.required)} stars or more — the product ${p.actual ? `has ${fmt(p.actual)}` : 'is not OCOP rated'}`,
  }),
  CATEGORY_MISMATCH: () => ({
    vi: 'sản phẩm không thuộc nhóm hàng được yêu cầu',
    en: 'the product is not in the requested category',
  }),
  CAPACITY_SHORT: (p) =>
    p.pooledCapacity
      ? {
          vi: `cần ${fmt(p.volume)} ${fmt(p.unit)}/tháng — một mình nhà sản xuất chỉ đáp ứng ${fmt(p.capacity)}; cùng nhóm cung ứng trong tỉnh đạt ${fmt(p.pooledCapacity)}`,
          en: `needs ${fmt(p.volume)} ${fmt(p.unit)}/month — this producer alone makes ${fmt(p.capacity)}; with the pooled producers of the province ${fmt(p.pooledCapacity)}`,
        }
      : {
          vi: `cần ${fmt(p.volume)} ${fmt(p.unit)}/tháng — nhà sản xuất chỉ đáp ứng ${fmt(p.capacity)}`,
          en: `needs ${fmt(p.volume)} ${fmt(p.unit)}/month — the producer makes only ${fmt(p.capacity)}`,
        },
  CAPACITY_UNKNOWN: () => ({
    vi: 'nhà sản xuất chưa khai báo năng lực cung ứng hằng tháng',
    en: 'the producer has not stated a monthly capacity',
  }),
  UNIT_MISMATCH: (p) => ({
    vi: `đơn vị tính khác nhau (${fmt(p.demandUnit)} / ${fmt(p.productUnit)}) — cần quy đổi khi trao đổi`,
    en: `different units (${fmt(p.demandUnit)} / ${fmt(p.productUnit)}) — volumes and prices must be converted`,
  }),
  OUT_OF_SEASON: (p) => ({
    vi: `cần hàng vào tháng ${fmt(p.month)} — sản phẩm chỉ có vào các tháng ${fmt(p.months)}`,
    en: `needed in month ${fmt(p.month)} — the product is available only in months ${fmt(p.months)}`,
  }),
  SEASONAL_SUPPLY: (p) => ({
    vi: `sản phẩm theo mùa, chỉ có vào các tháng ${fmt(p.months)}`,
    en: `seasonal product, available only in months ${fmt(p.months)}`,
  }),
  MOQ_ABOVE_ORDER: (p) => ({
    vi: `đơn hàng tối thiểu ${fmt(p.moq)} ${fmt(p.unit)} — lớn hơn mỗi đơn cần mua (${fmt(p.order)})`,
    en: `minimum order ${fmt(p.moq)} ${fmt(p.unit)} — more than each order needs (${fmt(p.order)})`,
  }),
  PRICE_ABOVE_TARGET: (p) => ({
    vi: `giá cao hơn giá mục tiêu khoảng ${fmt(p.percent)}%`,
    en: `price about ${fmt(p.percent)}% above the target price`,
  }),
  VAT_INVOICE: () => ({
    vi: 'cần hóa đơn VAT — nhà sản xuất chưa xuất được hóa đơn VAT',
    en: 'needs VAT invoices — producer cannot issue them',
  }),
  BARCODE: () => ({
    vi: 'cần mã vạch GS1 — sản phẩm chưa có mã vạch',
    en: 'needs GS1 barcodes — the producer has none',
  }),
  TRACEABILITY: () => ({
    vi: 'cần tem truy xuất nguồn gốc — nhà sản xuất chưa có',
    en: 'needs traceability stamps — the producer has none',
  }),
  PAYMENT_TERMS: (p) => ({
    vi: `thanh toán sau ${fmt(p.required)} ngày — nhà sản xuất chỉ chịu được công nợ ${fmt(p.offered)} ngày`,
    en: `pays ${fmt(p.required)} days after delivery — the producer can carry only ${fmt(p.offered)} days`,
  }),
  CONSIGNMENT: () => ({
    vi: 'chỉ nhận hàng ký gửi — nhà sản xuất không nhận ký gửi',
    en: 'buys on consignment only — the producer does not accept consignment',
  }),
  PROMOTION_CONTRIBUTION: (p) => ({
    vi: `yêu cầu đóng góp khuyến mãi ${fmt(p.required)}% — nhà sản xuất dành được ${fmt(p.offered)}%`,
    en: `asks ${fmt(p.required)}% for promotions — the producer budgets ${fmt(p.offered)}%`,
  }),
  LISTING_FEE: () => ({
    vi: 'nhà phân phối thu phí niêm yết (phí lên kệ)',
    en: 'the distributor charges a listing fee',
  }),
  SHELF_LIFE: (p) => ({
    vi: `cần còn ${fmt(p.required)}% hạn dùng khi giao — sản phẩm còn khoảng ${fmt(p.remaining)}% (hạn ${fmt(p.days)} ngày)`,
    en: `needs ${fmt(p.required)}% of shelf life left on delivery — about ${fmt(p.remaining)}% would be left (${fmt(p.days)}-day shelf life)`,
  }),
  OUTSIDE_PREFERRED_AREA: () => ({
    vi: 'nhà sản xuất ở ngoài tỉnh/vùng ưu tiên',
    en: 'the producer is outside the preferred provinces or regions',
  }),
  NO_EXPORT_EXPERIENCE: (p) => ({
    vi: `hàng đi ${fmt(p.country)} — nhà sản xuất chưa từng xuất khẩu`,
    en: `for ${fmt(p.country)} — the producer has never exported`,
  }),
  NOT_EXPORTED_TO_MARKET: (p) => ({
    vi: `hàng đi ${fmt(p.country)} — sản phẩm đã xuất khẩu nhưng chưa vào thị trường này`,
    en: `for ${fmt(p.country)} — exported before, but never to this market`,
  }),
  SLOW_TO_RESPOND: (p) => ({
    vi: `nhà sản xuất mới phản hồi ${fmt(p.answered)}/${fmt(p.requests)} yêu cầu`,
    en: `the producer answered ${fmt(p.answered)} of ${fmt(p.requests)} requests`,
  }),
};

export function gap(
  code: MatchGapCode,
  severity: MatchGap['severity'],
  params: Params = {},
): MatchGap {
  return { code, severity, params, message: texts[code](params) };
}
