import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';
import { useMeetingErrorMessage } from '../components/use-meeting-error';

function Message({ error }: { error: unknown }) {
  const message = useMeetingErrorMessage();
  return <p>{message(error)}</p>;
}

const problem = (extra: Record<string, unknown>, code = 'MEETING_CLASH') =>
  new ApiError({
    type: 'about:blank',
    title: 'Conflict',
    status: 409,
    detail: 'The slot overlaps another meeting',
    code,
    ...extra,
  });

describe('the clash of a refused booking, in the reader’s words', () => {
  it('names the busy side and its slot in Vietnam time', async () => {
    renderWithProviders(
      <Message
        error={problem({
          clash: {
            with: 'distributor',
            startsAt: '2026-12-24T01:30:00.000Z',
            endsAt: '2026-12-24T01:50:00.000Z',
            tableNo: 1,
          },
        })}
      />,
    );
    expect(
      await screen.findByText(
        /^Không đặt được: nhà phân phối đã có cuộc gặp khác lúc 08:30–08:50, .*2026\. Hãy chọn khung giờ khác\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('names the table when the table is taken', async () => {
    renderWithProviders(
      <Message
        error={problem({
          clash: {
            with: 'table',
            startsAt: '2026-12-24T02:10:00.000Z',
            endsAt: '2026-12-24T02:30:00.000Z',
            tableNo: 3,
          },
        })}
      />,
    );
    expect(
      await screen.findByText(/^Không đặt được: bàn 3 đã có cuộc gặp lúc 09:10–09:30/),
    ).toBeInTheDocument();
  });

  it('says any other failure as the app says every error', async () => {
    renderWithProviders(<Message error={problem({}, 'EVENT_FULL')} />);
    expect(await screen.findByText('Sự kiện đã đủ số lượng đơn vị tham dự.')).toBeInTheDocument();
  });
});
