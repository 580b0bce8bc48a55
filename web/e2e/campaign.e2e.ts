import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { combobox, en, field, fill, signIn, vi } from './app.ts';
import {
  chooseSegment,
  hidden,
  horizontalOverflow,
  screenshot,
  useBrowser,
  visible,
} from './browser.ts';

/** The demo accounts (server/src/db/seed/demo.ts). */
const COORDINATOR = { email: 'coordinator@ketnoi.vn', name: 'Lê Thu Hà (Trung tâm XTTM)' };
const PRODUCER = { email: 'producer@ketnoi.vn', name: 'Hoàng Văn Bình' };
/** One of the demo producer's published teas: 540 days of shelf life, no certificates. */
const PRODUCT = 'Chè Tân Cương nõn tôm, hộp 200 g';

const run = Date.now().toString(36);
const RETAILER = `Siêu thị Sakura ${run}`;
const GUIDE_TITLE = `Sakura Nhật Bản — yêu cầu nhà cung cấp ${run}`;
const CAMPAIGN_TITLE = `Tuần hàng Việt Nam tại Sakura ${run}`;
const DECISION = 'Bộ phận thu mua chọn hộp 200 g cho quầy quà tặng.';

/** A calendar day in Vietnam, `days` from today, as the date inputs take it. */
const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: vi.nav.main }).getByRole('link', { name, exact: true });

const toast = (page: Page, text: string) => visible(page.getByText(text, { exact: true }).first());

/** A button whose accessible name starts like `template` ("{{action}}: {{product}}"). */
const stepButton = (page: Page, action: string) =>
  page.getByRole('button', { name: fill(vi.campaigns.step.named, { action, product: PRODUCT }) });

/** Picks an option of a Mantine Select or MultiSelect, typing part of it first when searchable. */
async function choose(page: Page, label: string, search: string | null, option: string) {
  const input = combobox(page, label);
  await input.click();
  if (search !== null) {
    await input.fill(search);
  }
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('campaigns: a retailer’s call from publication to selection', () => {
  const browser = useBrowser();

  it('the coordinator publishes a guide and a call, the producer applies, the retailer selects, the producer sees it', async () => {
    // --- The coordinator writes and publishes a retailer's market guide ----------------------
    const coordinator = await browser.newPage();
    await signIn(coordinator, COORDINATOR.email, COORDINATOR.name);
    await nav(coordinator, vi.marketGuides.nav).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.marketGuides.title }));
    await coordinator.getByRole('link', { name: vi.marketGuides.createAction }).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.marketGuides.newTitle }));
    const guideForm = coordinator.getByRole('form', { name: vi.marketGuides.form.createLabel });
    await choose(coordinator, vi.marketGuides.fields.country, 'Nhật', 'Nhật Bản');
    await field(coordinator, vi.marketGuides.fields.retailerName).fill(RETAILER);
    await field(
      coordinator,
      fill(vi.marketGuides.form.inVi, { label: vi.marketGuides.fields.title }),
    ).fill(GUIDE_TITLE);
    await choose(coordinator, vi.marketGuides.fields.requiredCertifications, 'HACCP', 'HACCP');
    await coordinator.keyboard.press('Escape');
    await field(coordinator, vi.marketGuides.fields.minShelfLifeDays).fill('180');
    await field(
      coordinator,
      fill(vi.marketGuides.form.inVi, { label: vi.marketGuides.fields.labelling }),
    ).fill('Nhãn phụ tiếng Nhật theo Luật ghi nhãn thực phẩm, dán tại kho nhà nhập khẩu.');
    await guideForm.getByRole('button', { name: vi.marketGuides.form.addDocument }).click();
    await field(coordinator, fill(vi.marketGuides.form.documentVi, { n: 1 })).fill(
      'Giấy chứng nhận xuất xứ (C/O) mẫu VJ',
    );
    await guideForm.getByRole('button', { name: vi.marketGuides.form.create }).click();
    await toast(coordinator, vi.marketGuides.form.created);
    await visible(coordinator.getByRole('heading', { level: 1, name: GUIDE_TITLE }));
    await visible(coordinator.getByText(vi.marketGuides.detail.draftHint));
    await coordinator
      .getByRole('button', { name: vi.marketGuides.detail.publish, exact: true })
      .click();
    const publish = coordinator.getByRole('dialog', { name: vi.marketGuides.detail.publishTitle });
    await publish.getByRole('button', { name: vi.marketGuides.detail.publish }).click();
    await hidden(publish);
    await toast(coordinator, vi.marketGuides.detail.published);
    await visible(coordinator.getByText(vi.marketGuides.status.published, { exact: true }));
    await screenshot(coordinator, 'campaign-coordinator-guide', { main: true });

    // --- The coordinator creates the retailer's call and opens it ---------------------------
    await nav(coordinator, vi.campaigns.nav).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.campaigns.title }));
    await coordinator.getByRole('link', { name: vi.campaigns.createAction }).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.campaigns.newTitle }));
    const campaignForm = coordinator.getByRole('form', { name: vi.campaigns.form.createLabel });
    await field(
      coordinator,
      fill(vi.marketGuides.form.inVi, { label: vi.campaigns.fields.title }),
    ).fill(CAMPAIGN_TITLE);
    await field(coordinator, vi.campaigns.fields.retailerName).fill(RETAILER);
    await choose(coordinator, vi.campaigns.fields.country, 'Nhật', 'Nhật Bản');
    await field(coordinator, vi.campaigns.fields.applicationDeadline).fill(inDays(14));
    await field(coordinator, vi.campaigns.fields.eventStartsOn).fill(inDays(60));
    await field(coordinator, vi.campaigns.fields.eventEndsOn).fill(inDays(66));
    await choose(coordinator, vi.campaigns.fields.marketGuide, run, `Nhật Bản — ${GUIDE_TITLE}`);
    await choose(coordinator, vi.campaigns.fields.ocopGroups, null, 'Đồ uống');
    await coordinator.keyboard.press('Escape');
    await field(coordinator, vi.marketGuides.fields.minShelfLifeDays).fill('180');
    await campaignForm.getByRole('button', { name: vi.campaigns.form.create }).click();
    await toast(coordinator, vi.campaigns.form.created);
    await visible(coordinator.getByRole('heading', { level: 1, name: CAMPAIGN_TITLE }));
    await visible(coordinator.getByText(vi.campaigns.status.draft, { exact: true }));
    await coordinator.getByRole('button', { name: vi.campaigns.console.open, exact: true }).click();
    const open = coordinator.getByRole('dialog', { name: vi.campaigns.console.openTitle });
    await open.getByRole('button', { name: vi.campaigns.console.open }).click();
    await hidden(open);
    await toast(
      coordinator,
      fill(vi.campaigns.console.moved, { status: vi.campaigns.status.open }),
    );

    // The catalogue, pre-screened against the criteria, each product with its gaps.
    await coordinator.getByRole('tab', { name: vi.campaigns.console.screenTab }).click();
    const screened = coordinator.getByRole('article').first();
    await visible(screened.getByText(vi.campaigns.screen.eligible, { exact: true }));
    await visible(screened.getByRole('checkbox'));
    await screenshot(coordinator, 'campaign-coordinator-screening', { main: true });

    // --- The producer sees the call and applies with a product ------------------------------
    const producer = await browser.newPage();
    await signIn(producer, PRODUCER.email, PRODUCER.name);
    await nav(producer, vi.campaigns.nav).click();
    await visible(producer.getByRole('heading', { level: 1, name: vi.campaigns.title }));
    await producer.getByRole('link', { name: CAMPAIGN_TITLE }).click();
    await visible(producer.getByRole('heading', { level: 1, name: CAMPAIGN_TITLE }));
    await visible(producer.getByRole('region', { name: vi.campaigns.summary.title }));
    await choose(producer, vi.campaigns.apply.product, 'nõn tôm', PRODUCT);
    await producer
      .getByRole('form', { name: vi.campaigns.apply.title })
      .getByRole('button', { name: vi.campaigns.apply.submit })
      .click();
    await toast(producer, vi.campaigns.apply.done);
    const entry = producer.getByRole('article', { name: PRODUCT });
    await visible(entry.getByText(vi.campaigns.entryStatus.applied, { exact: true }));
    await screenshot(producer, 'campaign-producer-applied', { main: true });

    // --- The coordinator shortlists it, then records the retailer's selection ----------------
    await coordinator.reload();
    await visible(coordinator.getByRole('heading', { level: 1, name: CAMPAIGN_TITLE }));
    const applied = coordinator.getByRole('article', { name: PRODUCT });
    await visible(applied.getByText(vi.campaigns.entryStatus.applied, { exact: true }));
    await stepButton(coordinator, vi.campaigns.step.shortlisted.action).click();
    const shortlist = coordinator.getByRole('dialog', {
      name: vi.campaigns.step.shortlisted.title,
    });
    await shortlist.getByRole('button', { name: vi.campaigns.step.shortlisted.action }).click();
    await hidden(shortlist);
    await visible(applied.getByText(vi.campaigns.entryStatus.shortlisted, { exact: true }));

    await stepButton(coordinator, vi.campaigns.step.selected.action).click();
    const select = coordinator.getByRole('dialog', { name: vi.campaigns.step.selected.title });
    await select.getByRole('textbox', { name: vi.campaigns.step.note }).fill(DECISION);
    await select.getByRole('button', { name: vi.campaigns.step.selected.action }).click();
    await hidden(select);
    await visible(applied.getByText(vi.campaigns.entryStatus.selected, { exact: true }));
    await screenshot(coordinator, 'campaign-coordinator-entries', { main: true });

    // --- The producer sees the selection and the coordinator's note -------------------------
    await producer.reload();
    await visible(producer.getByRole('heading', { level: 1, name: CAMPAIGN_TITLE }));
    await visible(entry.getByText(vi.campaigns.entryStatus.selected, { exact: true }));
    await visible(entry.getByText(fill(vi.campaigns.entry.decisionNote, { note: DECISION })));
    // The producer may still withdraw; the coordinator's steps are not offered to it.
    await visible(stepButton(producer, vi.campaigns.step.withdrawn.action));
    expect(await stepButton(producer, vi.campaigns.step.listed.action).count()).toBe(0);
    await screenshot(producer, 'campaign-producer-selected', { main: true });

    // One click turns the screen into English (the product's English name included, so the
    // entry is held by its element from here on).
    const labelledBy = await entry.getAttribute('aria-labelledby');
    const sameEntry = producer.locator(`article[aria-labelledby="${labelledBy}"]`);
    await chooseSegment(producer.getByRole('radio', { name: en.language.en }));
    await visible(producer.getByRole('region', { name: en.campaigns.summary.title }));
    await visible(sameEntry.getByText(en.campaigns.entryStatus.selected, { exact: true }));
    await visible(
      sameEntry.getByRole('link', { name: 'Tan Cuong green tea, bud grade, 200 g box' }),
    );
    await visible(
      producer
        .getByRole('navigation', { name: en.nav.main })
        .getByRole('link', { name: en.campaigns.nav, exact: true }),
    );
    expect(
      await sameEntry.getByText(vi.campaigns.entryStatus.selected, { exact: true }).count(),
    ).toBe(0);
    await screenshot(producer, 'campaign-producer-selected-en');
    await chooseSegment(producer.getByRole('radio', { name: en.language.vi }));
    await visible(producer.getByRole('region', { name: vi.campaigns.summary.title }));

    // The same status on the producer's list of entries across campaigns.
    await nav(producer, vi.campaigns.nav).click();
    await producer.getByRole('tab', { name: vi.campaigns.entriesTab }).click();
    const listed = producer.getByRole('article', { name: PRODUCT });
    await visible(listed.getByText(vi.campaigns.entryStatus.selected, { exact: true }));

    // --- On the product's page: the gap checklist against the retailer's guide --------------
    await listed.getByRole('link', { name: PRODUCT }).click();
    await visible(producer.getByRole('heading', { level: 1, name: PRODUCT }));
    const checklist = producer.getByRole('region', { name: vi.marketGuides.checklist.title });
    await choose(
      producer,
      vi.marketGuides.checklist.market,
      run,
      `Nhật Bản · ${RETAILER} — ${GUIDE_TITLE}`,
    );
    const lines = checklist.getByRole('list', { name: vi.marketGuides.checklist.listLabel });
    await visible(lines);
    // No certificate yet: HACCP is a gap; 540 days of shelf life meet the 180 asked.
    await visible(lines.getByText('Cần HACCP ✗'));
    await visible(lines.getByText('Hạn sử dụng 540 ngày (cần tối thiểu 180 ngày) ✓'));
    await visible(checklist.getByText(vi.marketGuides.checklist.notReady, { exact: true }));
    await checklist.scrollIntoViewIfNeeded();
    await screenshot(producer, 'campaign-producer-gap-checklist', { main: true, fullPage: false });

    // The guide behind the checklist reads as the coordinator wrote it.
    await checklist.getByRole('link', { name: vi.marketGuides.checklist.readGuide }).click();
    await visible(producer.getByRole('heading', { level: 1, name: GUIDE_TITLE }));
    await visible(producer.getByText('Giấy chứng nhận xuất xứ (C/O) mẫu VJ'));
    // Two people, two forms, six screens and a dozen steps: longer than one page's scenario.
  }, 300_000);

  it('the coordinator records an MoU between two parties; the producer sees it', async () => {
    const MOU = `Biên bản ghi nhớ tiêu thụ chè Tân Cương ${run}`;
    const coordinator = await browser.newPage();
    await signIn(coordinator, COORDINATOR.email, COORDINATOR.name);
    await nav(coordinator, vi.agreements.nav).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.agreements.title }));
    await coordinator.getByRole('button', { name: vi.agreements.recordAction }).click();
    const dialog = coordinator.getByRole('dialog', { name: vi.agreements.form.title });
    await visible(dialog);
    await field(coordinator, vi.agreements.fields.title).fill(MOU);
    await choose(
      coordinator,
      vi.agreements.fields.producer,
      'Hoàng Bình',
      'Chè Tân Cương Hoàng Bình',
    );
    await choose(coordinator, vi.agreements.fields.distributor, 'Siêu thị Xanh', 'Siêu thị Xanh');
    await choose(coordinator, vi.agreements.fields.products, 'nõn tôm', PRODUCT);
    await coordinator.keyboard.press('Escape');
    await field(coordinator, vi.agreements.fields.value).fill('300000000');
    await choose(coordinator, vi.agreements.fields.currency, null, 'VND');
    await screenshot(coordinator, 'campaign-coordinator-agreement-form', { main: true });
    await dialog.getByRole('button', { name: vi.agreements.form.submit }).click();
    await hidden(dialog);
    await toast(coordinator, vi.agreements.form.created);
    const recorded = coordinator.getByRole('article', { name: MOU });
    await visible(recorded.getByText(vi.agreements.kind.mou, { exact: true }));
    await visible(recorded.getByText('Chè Tân Cương Hoàng Bình ↔ Siêu thị Xanh'));
    await visible(recorded.getByText(/300\.000\.000\s₫/));

    const producer = await browser.newPage();
    await signIn(producer, PRODUCER.email, PRODUCER.name);
    await nav(producer, vi.agreements.nav).click();
    await visible(producer.getByRole('heading', { level: 1, name: vi.agreements.title }));
    await visible(producer.getByRole('article', { name: MOU }));
    // Recording is the centre's: the parties read theirs.
    expect(await producer.getByRole('button', { name: vi.agreements.recordAction }).count()).toBe(
      0,
    );
    await screenshot(producer, 'campaign-producer-agreements', { main: true });
  }, 180_000);

  it('on a 375 px phone, the campaign, guide and agreement screens do not scroll sideways', async () => {
    const PHONE = { width: 375, height: 740 };
    const phone = { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
    const fits = async (page: Page) =>
      expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);

    const coordinator = await browser.newPage(phone);
    await signIn(coordinator, COORDINATOR.email, COORDINATOR.name);
    await coordinator.goto('/app/campaigns');
    const campaign = coordinator.getByRole('link', { name: CAMPAIGN_TITLE });
    await visible(campaign);
    await fits(coordinator);
    await campaign.click();
    await visible(coordinator.getByRole('article', { name: PRODUCT }));
    await fits(coordinator);
    await screenshot(coordinator, 'campaign-phone-console');
    await coordinator.goto('/app/campaigns/new');
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.campaigns.newTitle }));
    await fits(coordinator);
    await coordinator.goto('/app/market-guides/new');
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.marketGuides.newTitle }));
    await fits(coordinator);
    await coordinator.goto('/app/agreements');
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.agreements.title }));
    await coordinator.getByRole('button', { name: vi.agreements.recordAction }).click();
    await visible(coordinator.getByRole('dialog', { name: vi.agreements.form.title }));
    await fits(coordinator);
    await screenshot(coordinator, 'campaign-phone-agreement-form');

    // The published guide is public: no account needed to read it.
    const visitor = await browser.newPage(phone);
    await visitor.goto('/markets');
    const guide = visitor.getByRole('link', { name: GUIDE_TITLE });
    await visible(guide);
    await fits(visitor);
    await guide.click();
    await visible(visitor.getByRole('heading', { level: 1, name: GUIDE_TITLE }));
    await fits(visitor);
    await screenshot(visitor, 'campaign-phone-public-guide');
  }, 240_000);
});
