import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignEntry } from '@ketnoi/shared';
import { reference } from '@/testing/mocks/data';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { EntryCard } from '../entry-card';

const CAMPAIGN_ID = '0190f3c2-0000-7000-8000-0000000000c1';
const SAMPLE_ID = '0190f3c2-0000-7000-8000-0000000000d1';
const PRODUCT = 'Chè Tân Cương nõn tôm';

function entry(overrides: Partial<CampaignEntry> = {}): CampaignEntry {
  return {
    id: '0190f3c2-0000-7000-8000-0000000000e1',
    campaignId: CAMPAIGN_ID,
    product: {
      id: '0190f3c2-0000-7000-8000-0000000000f1',
      nameVi: PRODUCT,
      nameEn: null,
      ocopGroup: 'beverage',
      category: 'tea',
      ocopStars: 4,
      unit: 'box',
      moq: 50,
      shelfLifeDays: 540,
    },
    producer: {
      id: '0190f3c2-0000-7000-8000-0000000000b1',
      name: 'HTX Chè Tân Cương',
      province: 'thai-nguyen',
    },
    origin: 'applied',
    status: 'selected',
    eligibleAtEntry: true,
    gaps: [],
    note: null,
    decisionNote: null,
    invitedAt: null,
    appliedAt: '2025-11-01T03:00:00.000Z',
    shortlistedAt: '2025-11-02T03:00:00.000Z',
    selectedAt: '2025-11-03T03:00:00.000Z',
    sampleRequestedAt: null,
    sampleRequest: null,
    listedAt: null,
    endedAt: null,
    reorderCount: 0,
    reorderQuantity: 0,
    version: 3,
    createdAt: '2025-11-01T03:00:00.000Z',
    updatedAt: '2025-11-03T03:00:00.000Z',
    ...overrides,
  };
}

const entryPath = (e: CampaignEntry) => `/api/v1/campaigns/${CAMPAIGN_ID}/entries/${e.id}`;

describe('EntryCard: the sample step', { timeout: 30_000 }, () => {
  it('with a retailer organization, asks quantity and unit and sends them with the step', async () => {
    const selected = entry();
    const { calls } = stubFetch({
      'GET /api/v1/reference': () => jsonResponse(reference),
      [`PATCH ${entryPath(selected)}`]: () =>
        jsonResponse(
          entry({
            status: 'sample_requested',
            sampleRequest: {
              id: SAMPLE_ID,
              status: 'requested',
              shippedAt: null,
              deliveredAt: null,
              evaluatedAt: null,
            },
          }),
        ),
    });
    const { user } = renderWithProviders(
      <EntryCard entry={selected} party="staff" withSampleRequest />,
    );

    await user.click(await screen.findByRole('button', { name: `Yêu cầu gửi mẫu: ${PRODUCT}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Yêu cầu gửi mẫu?' });
    const quantity = within(dialog).getByRole('textbox', { name: /Số lượng/ });
    await user.clear(quantity);
    await user.click(within(dialog).getByRole('button', { name: 'Yêu cầu gửi mẫu' }));
    expect(await within(dialog).findByText('Nhập một số lớn hơn 0.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'PATCH')).toBe(false);

    await user.type(quantity, '6');
    await user.click(within(dialog).getByRole('button', { name: 'Yêu cầu gửi mẫu' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    const body = calls.find((call) => call.method === 'PATCH')!.body as Record<string, unknown>;
    // No address typed: the server uses the retailer organization's.
    expect(body).toEqual({
      version: 3,
      status: 'sample_requested',
      note: null,
      quantity: 6,
      unit: 'box',
    });
  });

  it('without one, the step is the note only', async () => {
    stubFetch({ 'GET /api/v1/reference': () => jsonResponse(reference) });
    const { user } = renderWithProviders(<EntryCard entry={entry()} party="staff" />);
    await user.click(await screen.findByRole('button', { name: `Yêu cầu gửi mẫu: ${PRODUCT}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Yêu cầu gửi mẫu?' });
    expect(within(dialog).queryByRole('textbox', { name: /Số lượng/ })).toBeNull();
    expect(within(dialog).getByRole('textbox', { name: 'Ghi chú' })).toBeInTheDocument();
  });

  it('shows the linked sample’s progress; the producer gets a link to it', async () => {
    stubFetch({ 'GET /api/v1/reference': () => jsonResponse(reference) });
    const linked = entry({
      status: 'sample_requested',
      sampleRequestedAt: '2025-11-04T03:00:00.000Z',
      sampleRequest: {
        id: SAMPLE_ID,
        status: 'shipped',
        shippedAt: '2025-11-06T03:00:00.000Z',
        deliveredAt: null,
        evaluatedAt: null,
      },
    });
    renderWithProviders(<EntryCard entry={linked} party="producer" readOnly />);
    const card = await screen.findByRole('article', { name: PRODUCT });
    expect(within(card).getByText(/Hàng mẫu: Đã gửi/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Xem yêu cầu mẫu' })).toHaveAttribute(
      'href',
      `/app/samples/${SAMPLE_ID}`,
    );
  });
});
