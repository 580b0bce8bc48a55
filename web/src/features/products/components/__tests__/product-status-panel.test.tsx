import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRODUCT_ID, product } from '@/testing/mocks/data';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { ProductStatusPanel } from '../product-status-panel';

describe('ProductStatusPanel', () => {
  it('shows the reviewer’s reason and resubmits with the current version', async () => {
    const { calls } = stubFetch({
      [`POST /api/v1/products/${PRODUCT_ID}/submit`]: () =>
        jsonResponse(product({ status: 'pending_review', version: 6 })),
    });
    const { user } = renderWithProviders(
      <ProductStatusPanel
        product={product({ status: 'rejected', reviewNote: 'Thiếu ảnh sản phẩm thật', version: 5 })}
      />,
    );

    expect(screen.getByText('Thiếu ảnh sản phẩm thật')).toBeInTheDocument();
    expect(screen.getByText('Bị từ chối')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi duyệt' }));

    await waitFor(() =>
      expect(calls.find((call) => call.path.endsWith('/submit'))?.body).toEqual({ version: 5 }),
    );
    expect(await screen.findByText('Đã gửi sản phẩm để duyệt.')).toBeInTheDocument();
  });

  it('archives only after confirmation, sending the version', async () => {
    const { calls } = stubFetch({
      [`DELETE /api/v1/products/${PRODUCT_ID}`]: () =>
        jsonResponse(product({ status: 'archived', version: 4 })),
    });
    const { user } = renderWithProviders(<ProductStatusPanel product={product()} />);

    await user.click(screen.getByRole('button', { name: 'Lưu trữ sản phẩm' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lưu trữ sản phẩm' });
    expect(calls).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu trữ sản phẩm' }));

    await waitFor(() => expect(calls[0]?.path).toBe(`/api/v1/products/${PRODUCT_ID}?version=3`));
  });

  it('offers no submit while the product is in review', () => {
    stubFetch({});
    renderWithProviders(<ProductStatusPanel product={product({ status: 'pending_review' })} />);
    expect(screen.queryByRole('button', { name: 'Gửi duyệt' })).not.toBeInTheDocument();
  });
});
