import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  jsonResponse,
  problemResponse,
  renderWithProviders,
  stubFetch,
} from '@/testing/test-utils';
import type { SampleRequest } from '@/types/sourcing';
import { EvaluationForm } from '../evaluation-form';

const SAMPLE_ID = '0190f3c2-0000-7000-8000-0000000000s1';

const delivered: SampleRequest = {
  id: SAMPLE_ID,
  product: {
    id: '0190f3c2-0000-7000-8000-0000000000p1',
    nameVi: 'Chè búp Tân Cương',
    nameEn: null,
  },
  producer: { id: '0190f3c2-0000-7000-8000-0000000000a1', name: 'Chè Tân Cương' },
  distributor: { id: '0190f3c2-0000-7000-8000-0000000000b1', name: 'Siêu thị Xanh' },
  matchId: null,
  status: 'delivered',
  quantity: 2,
  unit: 'box',
  deliveryAddress: '12 Lê Lợi, Quận 1',
  note: null,
  declineReason: null,
  carrier: 'Viettel Post',
  trackingNumber: 'VT123',
  evaluation: null,
  allowed: ['evaluate'],
  answeredAt: '2025-09-02T02:00:00Z',
  shippedAt: '2025-09-03T02:00:00Z',
  deliveredAt: '2025-09-05T02:00:00Z',
  evaluatedAt: null,
  version: 4,
  createdAt: '2025-09-01T02:00:00Z',
  updatedAt: '2025-09-05T02:00:00Z',
};

const criteria = [
  ['Đúng quy cách yêu cầu', 5],
  ['Hương vị, chất lượng', 4],
  ['Bao bì', 3],
  ['Nhãn mác đúng quy định', 4],
  ['Hạn dùng còn lại', 5],
  ['Mức giá chấp nhận được', 2],
] as const;

describe('EvaluationForm', () => {
  it('asks for all six ratings and a verdict before sending anything', async () => {
    const { calls } = stubFetch({});
    const { user } = renderWithProviders(<EvaluationForm sample={delivered} />);

    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findAllByText('Hãy chấm điểm mục này.')).toHaveLength(6);
    expect(screen.getByText('Hãy chọn kết luận.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    // Rating one question clears its own message only.
    const group = screen.getByRole('radiogroup', { name: /Bao bì/ });
    await user.click(within(group).getByRole('radio', { name: '3 sao' }));
    expect(screen.getAllByText('Hãy chấm điểm mục này.')).toHaveLength(5);
  });

  it('sends the six ratings, the comment and go / no-go with the version', async () => {
    const { calls } = stubFetch({
      [`POST /api/v1/sample-requests/${SAMPLE_ID}/evaluate`]: (request) =>
        jsonResponse({
          ...delivered,
          status: 'evaluated',
          allowed: [],
          evaluation: request.body,
          version: 5,
        }),
    });
    const onDone = vi.fn();
    const { user } = renderWithProviders(<EvaluationForm sample={delivered} onDone={onDone} />);

    for (const [question, stars] of criteria) {
      const group = screen.getByRole('radiogroup', { name: new RegExp(question) });
      await user.click(within(group).getByRole('radio', { name: `${stars} sao` }));
    }
    await user.type(
      screen.getByRole('textbox', { name: 'Nhận xét' }),
      'Vị chát dịu, hộp đẹp; giá hơi cao.',
    );
    await user.click(screen.getByRole('radio', { name: 'Tiếp tục' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(calls[0]?.body).toEqual({
      fitToSpecification: 5,
      tasteOrQuality: 4,
      packaging: 3,
      labelCompliance: 4,
      remainingShelfLife: 5,
      priceAcceptance: 2,
      comment: 'Vị chát dịu, hộp đẹp; giá hơi cao.',
      decision: 'go',
      version: 4,
    });
  });

  it('shows a refused step in words (409 by code)', async () => {
    stubFetch({
      [`POST /api/v1/sample-requests/${SAMPLE_ID}/evaluate`]: () =>
        problemResponse(409, 'VERSION_CONFLICT', 'Stale'),
    });
    const { user } = renderWithProviders(<EvaluationForm sample={delivered} />);
    for (const [question] of criteria) {
      const group = screen.getByRole('radiogroup', { name: new RegExp(question) });
      await user.click(within(group).getByRole('radio', { name: '4 sao' }));
    }
    await user.click(screen.getByRole('radio', { name: 'Không tiếp tục' }));
    await user.click(screen.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dữ liệu đã được người khác thay đổi',
    );
  });
});
