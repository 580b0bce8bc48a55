import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '@/features/events/types';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { MeetingCard } from '../components/meeting-card';

const EVENT_ID = '0190a0b0-0000-7000-8000-000000000001';
const MEETING_ID = '0190a0b0-0000-7000-8000-000000000002';
const PRODUCER = { id: '0190a0b0-0000-7000-8000-00000000000a', name: 'Chè Tân Cương Hoàng Bình' };
const DISTRIBUTOR = { id: '0190a0b0-0000-7000-8000-00000000000b', name: 'Siêu thị Xanh' };

/** A meeting whose slot has begun: the API offers `outcome` to the parties. */
const held: Meeting = {
  id: MEETING_ID,
  eventId: EVENT_ID,
  producer: PRODUCER,
  distributor: DISTRIBUTOR,
  matchId: null,
  tableNo: 4,
  startsAt: '2026-12-24T01:30:00.000Z',
  endsAt: '2026-12-24T01:50:00.000Z',
  status: 'accepted',
  origin: 'request',
  requestedByOrganizationId: PRODUCER.id,
  note: null,
  outcome: null,
  outcomeNote: null,
  actions: ['outcome'],
  version: 3,
  createdAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MeetingCard', () => {
  it('shows the counterpart, the slot in Vietnam time and the table', () => {
    stubFetch({});
    renderWithProviders(<MeetingCard meeting={held} organizationId={DISTRIBUTOR.id} />);
    const card = screen.getByRole('article', { name: PRODUCER.name });
    expect(within(card).getByText(/^08:30–08:50, .* · Bàn 4$/)).toBeInTheDocument();
    expect(within(card).getByText(`${PRODUCER.name} đã mời`)).toBeInTheDocument();
  });

  it('records the outcome after the meeting, with the version it was read at', async () => {
    const { calls } = stubFetch({
      [`PATCH /api/v1/events/${EVENT_ID}/meetings/${MEETING_ID}`]: (request) =>
        jsonResponse({
          ...held,
          ...(request.body as object),
          version: 4,
        }),
      [`GET /api/v1/events/${EVENT_ID}/meetings`]: () =>
        jsonResponse({ items: [], slots: [], tables: 10, slotMinutes: 20 }),
    });
    const { user } = renderWithProviders(
      <MeetingCard meeting={held} organizationId={DISTRIBUTOR.id} />,
    );

    await user.click(screen.getByRole('button', { name: /^Ghi kết quả cuộc gặp với/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Kết quả cuộc gặp' });
    // Nothing chosen yet: said beside the field, nothing sent.
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));
    expect(await within(dialog).findByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(0);

    await user.click(within(dialog).getByRole('combobox', { name: /Kết quả/ }));
    await user.click(await screen.findByRole('option', { name: 'Ký biên bản ghi nhớ (MoU)' }));
    await user.type(within(dialog).getByLabelText('Ghi chú'), 'Ký MoU cung ứng 2 tấn chè/năm');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả' }));

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({
        version: 3,
        outcome: 'mou',
        outcomeNote: 'Ký MoU cung ứng 2 tấn chè/năm',
      }),
    );
  });
});
