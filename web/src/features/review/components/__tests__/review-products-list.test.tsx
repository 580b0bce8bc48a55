import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRODUCT_ID, product, reference } from '@/testing/mocks/data';
import {
  jsonResponse,
  problemResponse,
  renderWithProviders,
  stubFetch,
} from '@/testing/test-utils';
import { ReviewProductsList } from '../review-products-list';

const pending = product({
  status: 'pending_review',
  version: 7,
  submittedAt: '2025-09-04T02:00:00Z',
});

function stubQueue(decide: Record<string, (request: { body: unknown }) => Response>) {
  let decided = false;
  const stub = stubFetch({
    'GET /api/v1/reference': () => jsonResponse(reference),
    'GET /api/v1/review/products': (request) =>
      jsonResponse(
        request.path.includes('status=pending_review') && !decided
          ? { items: [pending], total: 1, page: 1, limit: 10 }
          : { items: [], total: 0, page: 1, limit: 10 },
      ),
    ...Object.fromEntries(
      Object.entries(decide).map(([key, handler]) => [
        key,
        (request: { body: unknown }) => {
          const response = handler(request);
          decided = response.ok;
          return response;
        },
      ]),
    ),
  });
  return stub;
}

describe('ReviewProductsList', () => {
  it('approves a pending product with its version', async () => {
    const { calls } = stubQueue({
      [`POST /api/v1/review/products/${PRODUCT_ID}/approve`]: () =>
        jsonResponse({ ...pending, status: 'published', version: 8 }),
    });
    const { user } = renderWithProviders(<ReviewProductsList />);

    const card = await screen.findByRole('article', { name: 'Chè búp Tân Cương' });
    expect(within(card).getByText('450.000 ₫ – 600.000 ₫ / kg')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Duyệt Chè búp Tân Cương' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt sản phẩm' });
    await user.click(within(dialog).getByRole('button', { name: 'Duyệt' }));

    expect(await screen.findByText('Không có sản phẩm nào đang chờ duyệt')).toBeInTheDocument();
    expect(calls.find((call) => call.path.endsWith('/approve'))?.body).toEqual({ version: 7 });
  });

  it('asks for a reason before rejecting', async () => {
    const { calls } = stubQueue({
      [`POST /api/v1/review/products/${PRODUCT_ID}/reject`]: (request) =>
        jsonResponse({
          ...pending,
          status: 'rejected',
          reviewNote: (request.body as { reason: string }).reason,
        }),
    });
    const { user } = renderWithProviders(<ReviewProductsList />);

    await user.click(await screen.findByRole('button', { name: 'Từ chối Chè búp Tân Cương' }));
    const dialog = await screen.findByRole('dialog', { name: 'Từ chối sản phẩm' });
    await user.click(within(dialog).getByRole('button', { name: 'Từ chối' }));
    expect(await within(dialog).findByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    await user.type(within(dialog).getByLabelText(/Lý do từ chối/), 'Thiếu ảnh thật');
    await user.click(within(dialog).getByRole('button', { name: 'Từ chối' }));

    await waitFor(() =>
      expect(calls.find((call) => call.path.endsWith('/reject'))?.body).toEqual({
        version: 7,
        reason: 'Thiếu ảnh thật',
      }),
    );
  });

  it('says so when someone else decided first (409)', async () => {
    stubQueue({
      [`POST /api/v1/review/products/${PRODUCT_ID}/approve`]: () =>
        problemResponse(409, 'VERSION_CONFLICT', 'Stale'),
    });
    const { user } = renderWithProviders(<ReviewProductsList />);

    await user.click(await screen.findByRole('button', { name: 'Duyệt Chè búp Tân Cương' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt sản phẩm' });
    await user.click(within(dialog).getByRole('button', { name: 'Duyệt' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Dữ liệu đã được người khác thay đổi',
    );
  });
});
