import type { CampaignEntryStatus } from '@ketnoi/shared';
import type { NotificationMessage } from '../notifications/notifications.messages.ts';

const link = '/app/campaigns/{campaignId}';

/**
 * What producers and coordinators are told at each step of a campaign. `{campaign}` is the
 * campaign's Vietnamese title, `{product}` the product's Vietnamese name.
 */
export const campaignMessages = {
  invited: {
    kind: 'campaign.invited',
    title: { vi: 'Lời mời tham gia {campaign}', en: 'Invitation to {campaign}' },
    body: {
      vi: 'Trung tâm mời sản phẩm "{product}" tham gia {campaign} tại {retailer}. Hãy nhận lời hoặc từ chối trước hạn {deadline}.',
      en: 'The centre invites "{product}" to {campaign} at {retailer}. Accept or decline by {deadline}.',
    },
    link,
  },
  shortlisted: {
    kind: 'campaign.shortlisted',
    title: { vi: 'Sản phẩm vào danh sách rút gọn', en: 'Product shortlisted' },
    body: {
      vi: '"{product}" đã vào danh sách rút gọn của {campaign} và được giới thiệu với {retailer}.',
      en: '"{product}" was shortlisted for {campaign} and put forward to {retailer}.',
    },
    link,
  },
  selected: {
    kind: 'campaign.selected',
    title: { vi: '{retailer} đã chọn sản phẩm của bạn', en: '{retailer} selected your product' },
    body: {
      vi: '"{product}" đã được {retailer} chọn cho {campaign}. Trung tâm sẽ liên hệ về mẫu và điều kiện giao hàng.',
      en: '"{product}" was selected by {retailer} for {campaign}. The centre will contact you about samples and delivery terms.',
    },
    link,
  },
  sample_requested: {
    kind: 'campaign.sample_requested',
    title: { vi: 'Yêu cầu gửi mẫu', en: 'Samples requested' },
    body: {
      vi: '{retailer} đề nghị gửi mẫu "{product}" cho {campaign}. {note}',
      en: '{retailer} asks for samples of "{product}" for {campaign}. {note}',
    },
    link,
  },
  listed: {
    kind: 'campaign.listed',
    title: { vi: 'Sản phẩm đã lên kệ tại {retailer}', en: 'Product listed at {retailer}' },
    body: {
      vi: '"{product}" đã được đưa vào hệ thống {retailer} ({campaign}). Chúc mừng!',
      en: '"{product}" is now listed at {retailer} ({campaign}). Congratulations!',
    },
    link,
  },
  rejected: {
    kind: 'campaign.rejected',
    title: { vi: 'Sản phẩm chưa được chọn', en: 'Product not selected' },
    body: {
      vi: '"{product}" chưa được chọn cho {campaign}. {note}',
      en: '"{product}" was not selected for {campaign}. {note}',
    },
    link,
  },
  reorder: {
    kind: 'campaign.reorder',
    title: { vi: 'Đơn đặt lại đã được ghi nhận', en: 'Reorder recorded' },
    body: {
      vi: 'Trung tâm đã ghi nhận đơn đặt lại {quantity} cho "{product}" ({retailer}, ngày {date}).',
      en: 'The centre recorded a reorder of {quantity} for "{product}" ({retailer}, {date}).',
    },
    link,
  },
  /** To the coordinator who runs the campaign. */
  producerApplied: {
    kind: 'campaign.entry_applied',
    title: { vi: 'Đăng ký mới cho {campaign}', en: 'New application to {campaign}' },
    body: {
      vi: '{producer} đăng ký "{product}" vào {campaign}.',
      en: '{producer} entered "{product}" in {campaign}.',
    },
    link: '/app/coordinator/campaigns/{campaignId}',
  },
  producerWithdrew: {
    kind: 'campaign.entry_withdrawn',
    title: { vi: 'Sản phẩm rút khỏi {campaign}', en: 'Product withdrawn from {campaign}' },
    body: {
      vi: '{producer} đã rút (hoặc từ chối lời mời cho) "{product}" khỏi {campaign}. {note}',
      en: '{producer} withdrew "{product}" from {campaign} (or declined the invitation). {note}',
    },
    link: '/app/coordinator/campaigns/{campaignId}',
  },
} satisfies Record<string, NotificationMessage>;

/** The producer's message for a coordinator's step, and whether it also goes by e-mail. */
export const producerMessageFor: Partial<
  Record<CampaignEntryStatus, { message: NotificationMessage; email: boolean }>
> = {
  shortlisted: { message: campaignMessages.shortlisted, email: false },
  selected: { message: campaignMessages.selected, email: true },
  sample_requested: { message: campaignMessages.sample_requested, email: false },
  listed: { message: campaignMessages.listed, email: true },
  rejected: { message: campaignMessages.rejected, email: false },
};
