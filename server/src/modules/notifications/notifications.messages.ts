import type { Localized } from '../../lib/locale.ts';

export type NotificationMessage = {
  kind: string;
  title: Localized;
  body: Localized;
  /** A path inside the web app, e.g. `/app/organization`. */
  link?: string;
};

/** Every message the platform sends, in both languages. `{placeholders}` are filled per message. */
export const messages = {
  organizationVerified: {
    kind: 'organization.verified',
    title: { vi: 'Tổ chức của bạn đã được xác minh', en: 'Your organization has been verified' },
    body: {
      vi: '{name} đã được Trung tâm xác minh. Bạn có thể sử dụng đầy đủ các tính năng kết nối cung cầu.',
      en: '{name} has been verified by the centre. All matchmaking features are now open to you.',
    },
    link: '/app/organization',
  },
  organizationRejected: {
    kind: 'organization.rejected',
    title: { vi: 'Hồ sơ tổ chức chưa được chấp thuận', en: 'Your organization was not approved' },
    body: {
      vi: 'Hồ sơ của {name} chưa được chấp thuận. Lý do: {reason}. Vui lòng cập nhật hồ sơ.',
      en: 'The profile of {name} was not approved. Reason: {reason}. Please update your profile.',
    },
    link: '/app/organization',
  },
  organizationPendingAgain: {
    kind: 'organization.pending',
    title: {
      vi: 'Hồ sơ tổ chức cần xác minh lại',
      en: 'Your organization needs verification again',
    },
    body: {
      vi: 'Tên pháp lý hoặc mã số thuế của {name} đã thay đổi nên hồ sơ sẽ được xác minh lại.',
      en: 'The legal name or tax code of {name} changed, so the profile will be verified again.',
    },
    link: '/app/organization',
  },
  productApproved: {
    kind: 'product.approved',
    title: { vi: 'Sản phẩm đã được duyệt', en: 'Product approved' },
    body: {
      vi: '"{name}" đã được duyệt và hiển thị với nhà phân phối.',
      en: '"{name}" was approved and is now visible to distributors.',
    },
    link: '/app/products/{id}',
  },
  productRejected: {
    kind: 'product.rejected',
    title: { vi: 'Sản phẩm cần chỉnh sửa', en: 'Product needs changes' },
    body: {
      vi: '"{name}" chưa được duyệt. Lý do: {reason}. Hãy chỉnh sửa và gửi duyệt lại.',
      en: '"{name}" was not approved. Reason: {reason}. Edit it and submit it again.',
    },
    link: '/app/products/{id}',
  },
  certificateVerified: {
    kind: 'certificate.verified',
    title: { vi: 'Chứng nhận đã được xác minh', en: 'Certificate verified' },
    body: {
      vi: '{scheme} số {number} ({subject}) đã được Trung tâm xác minh và được hiển thị cho người mua.',
      en: '{scheme} no. {number} ({subject}) was verified by the centre and is now shown to buyers.',
    },
    link: '/app/certificates/{id}',
  },
  /** `{date}` is the last valid day in the recipient's format; `{days}` how many days remain. */
  certificateExpiring: {
    kind: 'certificate.expiring',
    title: { vi: 'Chứng nhận sắp hết hạn: {scheme}', en: 'Certificate expiring: {scheme}' },
    body: {
      vi: '{scheme} số {number} ({subject}) hết hiệu lực sau ngày {date}, còn {days} ngày. Hãy gia hạn và cập nhật chứng nhận mới; chứng nhận hết hạn sẽ không còn được tính khi tìm kiếm và kết nối.',
      en: '{scheme} no. {number} ({subject}) is valid until {date}: {days} days left. Renew it and upload the new certificate; an expired certificate no longer counts in search and matching.',
    },
    link: '/app/certificates/{id}',
  },
} satisfies Record<string, NotificationMessage>;
