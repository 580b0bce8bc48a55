import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fill, signIn, vi } from './app.ts';
import { chooseSegment, hidden, screenshot, useBrowser, visible } from './browser.ts';

const REJECTED = 'Hợp tác xã Vải thiều Lục Ngạn Xanh';
const VERIFIED = 'Công ty Cổ phần Cà phê Hạt Ngọc Tây Nguyên';
const REASON = 'Mã số thuế không khớp với tên pháp lý trên giấy chứng nhận đăng ký.';

/** "Tổng số: 3" → 3 */
async function total(page: Page) {
  const prefix = vi.review.total.split('{{')[0] ?? '';
  const text = await page.getByText(prefix).textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

describe('organization verification', () => {
  const browser = useBrowser();

  it('a coordinator rejects one organization and verifies another; the producer reads why', async () => {
    const coordinator = await browser.newPage();
    await signIn(coordinator, 'coordinator@ketnoi.vn', 'Lê Thu Hà (Trung tâm XTTM)');
    await coordinator
      .getByRole('navigation', { name: vi.nav.main })
      .getByRole('link', { name: vi.nav.reviewOrganizations })
      .click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.review.title }));
    const rejected = coordinator.getByRole('article', { name: REJECTED });
    const verified = coordinator.getByRole('article', { name: VERIFIED });
    await visible(rejected);
    await visible(verified);
    const pendingBefore = await total(coordinator);

    // Reject, with a reason: the modal refuses an empty one first.
    await rejected
      .getByRole('button', { name: fill(vi.review.rejectNamed, { name: REJECTED }) })
      .click();
    const rejectDialog = coordinator.getByRole('dialog', { name: vi.review.rejectTitle });
    await visible(rejectDialog);
    await rejectDialog.getByRole('button', { name: vi.review.rejectAction, exact: true }).click();
    await visible(rejectDialog.getByText(vi.validation.required));
    await rejectDialog.getByRole('textbox', { name: vi.review.reasonLabel }).fill(REASON);
    await rejectDialog.getByRole('button', { name: vi.review.rejectAction, exact: true }).click();
    await hidden(rejectDialog);
    await visible(coordinator.getByText(fill(vi.review.rejected, { name: REJECTED })));
    await hidden(rejected);

    await verified
      .getByRole('button', { name: fill(vi.review.verifyNamed, { name: VERIFIED }) })
      .click();
    const verifyDialog = coordinator.getByRole('dialog', { name: vi.review.verifyTitle });
    await visible(verifyDialog);
    await verifyDialog.getByRole('button', { name: vi.review.verifyAction, exact: true }).click();
    await hidden(verifyDialog);
    await hidden(verified);
    await expect.poll(() => total(coordinator)).toBe(pendingBefore - 2);

    // Each decision is filed under its new status, the reason with it.
    const filter = coordinator.getByRole('radiogroup', { name: vi.review.filterLabel });
    await chooseSegment(filter.getByRole('radio', { name: vi.enums.verificationStatus.rejected }));
    await visible(rejected);
    await visible(rejected.getByText(REASON, { exact: false }));
    await chooseSegment(filter.getByRole('radio', { name: vi.enums.verificationStatus.verified }));
    await visible(verified);
    await screenshot(coordinator, 'd-coordinator-verified-list');

    // The rejected organization's producer sees the reason and a notification.
    const producer = await browser.newPage();
    await signIn(producer, 'producer.pending@ketnoi.vn', 'Nguyễn Văn Lục');
    const main = producer.getByRole('main');
    await visible(main.getByText(vi.enums.verificationStatus.rejected, { exact: true }));
    await visible(main.getByText(vi.dashboard.status.rejected));
    await visible(main.getByText(fill(vi.dashboard.status.rejectedReason, { reason: REASON })));

    await producer
      .getByRole('button', { name: fill(vi.notifications.openWithUnread, { count: 1 }) })
      .click();
    const popover = producer.getByRole('dialog');
    await visible(popover.getByRole('heading', { name: vi.notifications.title }));
    await visible(popover.getByText('Hồ sơ tổ chức chưa được chấp thuận'));
    await visible(popover.getByText(REASON, { exact: false }));
    await screenshot(producer, 'd-producer-rejected-notification');

    // The worker sent the e-mail through the outbox.
    await expect
      .poll(() => mailsTo('producer.pending@ketnoi.vn'), { timeout: 15_000, interval: 250 })
      .toHaveLength(1);
  });
});

async function mailsTo(address: string) {
  const dir = inject('e2eMailDir');
  const files = await readdir(dir).catch(() => [] as string[]);
  const mails = await Promise.all(
    files.filter((f) => f.endsWith('.eml')).map((f) => readFile(join(dir, f), 'utf8')),
  );
  return mails.filter((mail) => new RegExp(`^To: ${address}$`, 'm').test(mail));
}
