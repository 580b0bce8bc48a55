import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, field, fill, signIn, vi } from './app.ts';
import {
  chooseSegment,
  hidden,
  horizontalOverflow,
  screenshot,
  useBrowser,
  visible,
} from './browser.ts';

/**
 * The seeded conference (server/src/db/seed/programmes-events.ts): published, a month ahead,
 * B2B hours from 08:30 in 20-minute slots, the demo producer and distributor already accepted.
 */
const CONFERENCE = 'Hội nghị kết nối cung cầu hàng hóa giữa TP. Hồ Chí Minh và các tỉnh, thành';
const FIRST_SLOT = '08:30–08:50';
const SECOND_SLOT = '08:50–09:10';

const PRODUCER = {
  email: 'producer@ketnoi.vn',
  name: 'Hoàng Văn Bình',
  organization: 'Chè Tân Cương Hoàng Bình',
};
const DISTRIBUTOR = {
  email: 'distributor@ketnoi.vn',
  name: 'Phạm Minh Châu',
  organization: 'Siêu thị Xanh',
};
/** A verified producer that is not registered yet: it registers, is accepted, then clashes. */
const FISH_SAUCE = {
  email: 'fishsauce@ketnoi.vn',
  name: 'Trần Thị Hưng',
  organization: 'Nước mắm Hưng Thịnh',
};
const COORDINATOR = { email: 'coordinator@ketnoi.vn', name: 'Lê Thu Hà (Trung tâm XTTM)' };

/** The text before the first `{{placeholder}}`, to find a button or message that names something. */
const prefix = (template: string) => template.split('{{')[0]!;
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const nav = (page: Page, name: string, main = vi.nav.main) =>
  page.getByRole('navigation', { name: main }).getByRole('link', { name, exact: true });

const toast = (page: Page, text: string) => visible(page.getByText(text, { exact: true }).first());

/** Full-page screenshots from the top: the fixed header then sits where a person sees it. */
async function shot(page: Page, name: string, main = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name, { main });
}

/** Downloads the agenda from the page's button and returns the .ics text. */
async function agendaIcs(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: vi.meetings.agenda.download }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  return readFile(await download.path(), 'utf8');
}

/** A Mantine Select by the start of its label (required ones add an asterisk), then an option. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: startsWith(label) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** From the workspace's event list to the conference's page. */
async function openConference(page: Page) {
  await nav(page, vi.events.nav).click();
  await visible(page.getByRole('heading', { level: 1, name: vi.events.title }));
  await page.getByRole('link', { name: CONFERENCE }).click();
  await visible(page.getByRole('heading', { level: 1, name: CONFERENCE }));
}

async function openAgenda(page: Page) {
  await openConference(page);
  await page.getByRole('link', { name: vi.meetings.agenda.open }).click();
  await visible(page.getByRole('heading', { level: 1, name: vi.meetings.agenda.pageTitle }));
}

async function requestMeeting(page: Page, counterpart: string) {
  const form = page.getByRole('form', { name: vi.meetings.request.title });
  await choose(page, vi.meetings.request.counterpart, counterpart);
  await choose(page, vi.meetings.request.slot, FIRST_SLOT);
  await form.getByRole('button', { name: vi.meetings.request.submit }).click();
}

describe('B2B meetings at the seeded conference', () => {
  const browser = useBrowser();

  it('one party requests, the other accepts, and a clashing request is refused with the clash shown', async () => {
    // --- The producer asks the distributor for the first slot ---------------------------------
    const producer = await browser.newPage();
    await signIn(producer, PRODUCER.email, PRODUCER.name);
    await openAgenda(producer);
    await visible(producer.getByText(vi.meetings.agenda.empty));
    await requestMeeting(producer, DISTRIBUTOR.organization);
    await toast(producer, vi.meetings.request.done);
    const asked = producer.getByRole('article', { name: DISTRIBUTOR.organization });
    await visible(asked.getByText(vi.meetings.status.requested, { exact: true }));
    await visible(asked.getByText(vi.meetings.origin.byYou, { exact: true }));
    await visible(asked.getByText(startsWith(FIRST_SLOT)));
    await shot(producer, 'meetings-producer-agenda');
    // The personal agenda as a calendar file: the request is tentative until answered.
    const tentative = await agendaIcs(producer);
    expect(tentative).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(tentative).toContain('STATUS:TENTATIVE');

    // --- The distributor accepts it from its agenda -------------------------------------------
    const distributor = await browser.newPage();
    await signIn(distributor, DISTRIBUTOR.email, DISTRIBUTOR.name);
    await openAgenda(distributor);
    await visible(distributor.getByText(fill(vi.meetings.agenda.waiting, { count: 1 })));
    const request = distributor.getByRole('article', { name: PRODUCER.organization });
    await visible(
      request.getByText(fill(vi.meetings.origin.byThem, { name: PRODUCER.organization })),
    );
    await request
      .getByRole('button', { name: startsWith(prefix(vi.meetings.steps.acceptNamed)) })
      .click();
    await toast(distributor, vi.meetings.steps.acceptDone);
    await visible(request.getByText(vi.meetings.status.accepted, { exact: true }));
    await shot(distributor, 'meetings-distributor-agenda');
    expect(await agendaIcs(distributor)).toContain('STATUS:CONFIRMED');

    // The producer sees the answer.
    await producer.reload();
    await visible(asked.getByText(vi.meetings.status.accepted, { exact: true }));

    // --- Another producer registers; the coordinator accepts it ------------------------------
    const fishSauce = await browser.newPage({
      // The clashing request is refused on purpose.
      expect: [{ status: 409, path: /^\/api\/v1\/events\/[^/]+\/meetings$/ }],
    });
    await signIn(fishSauce, FISH_SAUCE.email, FISH_SAUCE.name);
    await openConference(fishSauce);
    await fishSauce.getByRole('button', { name: vi.events.register.action }).click();
    const dialog = fishSauce.getByRole('dialog', { name: vi.events.register.title });
    await visible(dialog);
    await dialog
      .getByRole('textbox', { name: vi.events.register.note })
      .fill('Giới thiệu nước mắm cá cơm Phú Quốc 40 độ đạm.');
    await dialog.getByRole('button', { name: vi.events.register.submit }).click();
    await hidden(dialog);
    await toast(fishSauce, vi.events.register.done);
    await visible(
      fishSauce
        .getByRole('region', { name: vi.events.register.sectionTitle })
        .getByText(vi.events.registration.status.pending, { exact: true }),
    );

    const coordinator = await browser.newPage();
    await signIn(coordinator, COORDINATOR.email, COORDINATOR.name);
    await openConference(coordinator);
    const registration = coordinator.getByRole('article', { name: FISH_SAUCE.organization });
    await visible(registration.getByText(vi.events.registration.status.pending, { exact: true }));
    await registration
      .getByRole('button', {
        name: fill(vi.events.registrations.acceptNamed, { name: FISH_SAUCE.organization }),
      })
      .click();
    await toast(
      coordinator,
      fill(vi.events.registrations.accepted, { name: FISH_SAUCE.organization }),
    );
    await visible(registration.getByText(vi.events.registration.status.accepted, { exact: true }));
    await shot(coordinator, 'meetings-coordinator-event');

    // The coordinator's grid holds the accepted meeting at table 1, first slot.
    await coordinator.getByRole('link', { name: vi.events.admin.meetings }).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.meetings.grid.pageTitle }));
    const grid = coordinator.getByRole('table', { name: vi.meetings.grid.label });
    await visible(
      grid.getByRole('button', {
        name: fill(vi.meetings.grid.open, {
          pair: fill(vi.meetings.pair, {
            producer: PRODUCER.organization,
            distributor: DISTRIBUTOR.organization,
          }),
          status: vi.meetings.status.accepted,
          table: 1,
          time: FIRST_SLOT,
        }),
      }),
    );
    await visible(coordinator.getByRole('region', { name: vi.meetings.report.title }));
    await shot(coordinator, 'meetings-coordinator-grid');

    // --- The new participant asks the busy distributor for the same slot: 409, clash shown ----
    await fishSauce.reload();
    await fishSauce.getByRole('link', { name: vi.meetings.agenda.open }).click();
    await visible(fishSauce.getByRole('heading', { level: 1, name: vi.meetings.agenda.pageTitle }));
    await requestMeeting(fishSauce, DISTRIBUTOR.organization);
    const clash = fishSauce
      .getByRole('form', { name: vi.meetings.request.title })
      .getByRole('alert');
    await visible(clash);
    expect(await clash.textContent()).toMatch(
      startsWith(`${prefix(vi.meetings.clash.distributor)}${FIRST_SLOT}`),
    );
    // Nothing was booked for it.
    await visible(fishSauce.getByText(vi.meetings.agenda.empty));
    await shot(fishSauce, 'meetings-clash');

    // The same refusal, in English with one click.
    await chooseSegment(fishSauce.getByRole('radio', { name: en.language.en }));
    await visible(fishSauce.getByRole('heading', { level: 1, name: en.meetings.agenda.pageTitle }));
    const clashEn = fishSauce
      .getByRole('form', { name: en.meetings.request.title })
      .getByRole('alert');
    expect(await clashEn.textContent()).toMatch(
      startsWith(`${prefix(en.meetings.clash.distributor)}${FIRST_SLOT}`),
    );

    // --- The coordinator books the pair directly in the next slot; the producer sees it --------
    await coordinator.reload();
    await grid
      .getByRole('button', {
        name: startsWith(fill(vi.meetings.grid.schedule, { table: 1, time: SECOND_SLOT })),
      })
      .click();
    const schedule = coordinator.getByRole('dialog', { name: vi.meetings.schedule.title });
    await visible(schedule);
    await choose(coordinator, vi.meetings.schedule.producer, FISH_SAUCE.organization);
    await choose(coordinator, vi.meetings.schedule.distributor, DISTRIBUTOR.organization);
    await schedule.getByRole('button', { name: vi.meetings.schedule.submit }).click();
    await hidden(schedule);
    await toast(coordinator, vi.meetings.schedule.done);
    await visible(
      grid.getByRole('button', {
        name: startsWith(
          fill(vi.meetings.grid.open, {
            pair: fill(vi.meetings.pair, {
              producer: FISH_SAUCE.organization,
              distributor: DISTRIBUTOR.organization,
            }),
            status: vi.meetings.status.scheduled,
            table: 1,
            time: SECOND_SLOT,
          }),
        ),
      }),
    );
    // The draft agenda asks first; with no introduced pairs attending, it books nothing.
    await coordinator.getByRole('button', { name: vi.meetings.draft.action }).click();
    const draft = coordinator.getByRole('dialog', { name: vi.meetings.draft.title });
    await draft.getByRole('button', { name: vi.meetings.draft.action }).click();
    await hidden(draft);
    await toast(coordinator, fill(vi.meetings.draft.done, { count: 0 }));
    await visible(
      coordinator.getByText(fill(vi.meetings.draft.result, { created: 0, already: 0 })),
    );

    await chooseSegment(fishSauce.getByRole('radio', { name: vi.language.vi }));
    await fishSauce.reload();
    const booked = fishSauce.getByRole('article', { name: DISTRIBUTOR.organization });
    await visible(booked.getByText(vi.meetings.status.scheduled, { exact: true }));
    await visible(booked.getByText(vi.meetings.origin.centre, { exact: true }));
  }, 300_000);

  it('the coordinator creates a draft event, edits and publishes it, and the public sees it', async () => {
    const title = `Tuần hàng Việt Nam tại AEON Nhật Bản ${Date.now().toString(36)}`;
    const coordinator = await browser.newPage();
    await signIn(coordinator, COORDINATOR.email, COORDINATOR.name);
    await nav(coordinator, vi.events.nav).click();
    await coordinator.getByRole('link', { name: vi.events.createAction }).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.events.newTitle }));
    const form = coordinator.getByRole('form', { name: vi.events.form.createLabel });
    await choose(coordinator, vi.events.fields.kind, vi.events.kind.goods_week);
    await field(coordinator, vi.events.fields.titleVi).fill(title);
    await field(coordinator, vi.events.fields.descriptionVi).fill(
      'Giới thiệu đặc sản OCOP tại các siêu thị AEON ở Tokyo và Osaka.',
    );
    // Typed in Vietnam's time, whatever the browser's zone.
    await field(coordinator, vi.events.fields.startsAt).fill('2027-03-15T09:00');
    await field(coordinator, vi.events.fields.endsAt).fill('2027-03-21T18:00');
    await field(coordinator, vi.events.fields.place).fill('AEON Mall Makuhari Shintoshin, Chiba');
    await coordinator
      .getByRole('combobox', { name: startsWith(vi.events.fields.country) })
      .fill('Nhật');
    await coordinator.getByRole('option', { name: 'Nhật Bản', exact: true }).click();
    await field(coordinator, vi.events.fields.partnerRetailer).fill('AEON Retail');
    await field(coordinator, vi.events.fields.capacity).fill('40');
    await shot(coordinator, 'events-coordinator-form');
    await form.getByRole('button', { name: vi.events.form.create }).click();
    await toast(coordinator, vi.events.form.created);
    await visible(coordinator.getByRole('heading', { level: 1, name: title }));
    await visible(coordinator.getByText(vi.events.status.draft, { exact: true }).first());
    await visible(coordinator.getByText(startsWith('AEON Mall Makuhari')).first());
    // 09:00 and 18:00 in Vietnam come back as they were typed.
    const facts = coordinator.getByRole('region', { name: vi.events.detail.factsTitle });
    expect(await facts.textContent()).toMatch(/09:00.*18:00/);

    // An edit sends only the changed field.
    await coordinator.getByRole('link', { name: vi.events.admin.edit, exact: true }).click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.events.editTitle }));
    await field(coordinator, vi.events.fields.place).fill('AEON Mall Tokyo, Shinagawa');
    await coordinator.getByRole('button', { name: vi.events.form.save }).click();
    await toast(coordinator, vi.events.form.saved);
    await visible(coordinator.getByRole('heading', { level: 1, name: title }));
    await visible(coordinator.getByText('AEON Mall Tokyo, Shinagawa').first());

    // Publishing asks first.
    await coordinator.getByRole('button', { name: vi.events.admin.publish, exact: true }).click();
    const confirm = coordinator.getByRole('dialog', { name: vi.events.admin.publishTitle });
    await visible(confirm);
    await confirm.getByRole('button', { name: vi.events.admin.publish, exact: true }).click();
    await hidden(confirm);
    await toast(coordinator, vi.events.admin.published);
    await visible(coordinator.getByText(vi.events.status.published, { exact: true }).first());

    const visitor = await browser.newPage();
    await visitor.goto('/events');
    await visible(visitor.getByRole('heading', { level: 1, name: vi.events.title }));
    await visible(visitor.getByRole('link', { name: CONFERENCE }));
    await visitor.getByRole('link', { name: title }).click();
    await visible(visitor.getByRole('heading', { level: 1, name: title }));
    await visible(visitor.getByText(vi.events.kind.goods_week, { exact: true }).first());
    await shot(visitor, 'events-public-event');
  }, 180_000);

  it('on a 375 px phone, the agenda and the grid do not scroll sideways', async () => {
    const PHONE = { width: 375, height: 740 };
    const phone = { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
    const fits = async (page: Page) =>
      expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);

    const producer = await browser.newPage(phone);
    await signIn(producer, PRODUCER.email, PRODUCER.name);
    await producer.goto('/app/events');
    await producer.getByRole('link', { name: CONFERENCE }).click();
    await visible(producer.getByRole('heading', { level: 1, name: CONFERENCE }));
    await fits(producer);
    await producer.getByRole('link', { name: vi.meetings.agenda.open }).click();
    await visible(producer.getByRole('heading', { level: 1, name: vi.meetings.agenda.pageTitle }));
    await visible(producer.getByRole('form', { name: vi.meetings.request.title }));
    await fits(producer);
    await shot(producer, 'meetings-phone-agenda', false);

    const coordinator = await browser.newPage(phone);
    await signIn(coordinator, COORDINATOR.email, COORDINATOR.name);
    await coordinator.goto('/app/events');
    await coordinator.getByRole('link', { name: CONFERENCE }).click();
    await coordinator.getByRole('link', { name: vi.events.admin.meetings }).click();
    await visible(coordinator.getByRole('table', { name: vi.meetings.grid.label }));
    await fits(coordinator);
    await shot(coordinator, 'meetings-phone-grid', false);

    // The public event page, for anyone.
    const visitor = await browser.newPage(phone);
    await visitor.goto('/events');
    await visitor.getByRole('link', { name: CONFERENCE }).click();
    await visible(visitor.getByRole('heading', { level: 1, name: CONFERENCE }));
    await visible(visitor.getByRole('link', { name: vi.events.register.signIn }));
    await fits(visitor);
    await shot(visitor, 'events-phone-public', false);
  }, 180_000);
});
