import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PRODUCT_ID, product, reference } from '@/testing/mocks/data';
import {
  jsonResponse,
  problemResponse,
  renderWithProviders,
  stubFetch,
} from '@/testing/test-utils';
import { ProductForm } from '../product-form';

const referenceHandler = { 'GET /api/v1/reference': () => jsonResponse(reference) };

type User = ReturnType<typeof renderWithProviders>['user'];

/** One input event per field: the form is long, and typing key by key re-renders it each time. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

// A long form on a shared 2-core machine: rendering it takes a few seconds under load.
describe('ProductForm', { timeout: 45_000 }, () => {
  it('creates a draft with numbers parsed and prices in the smallest unit', async () => {
    const { calls } = stubFetch({
      ...referenceHandler,
      'POST /api/v1/products': (request) =>
        jsonResponse(product({ ...(request.body as object), id: PRODUCT_ID }), 201),
    });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(
      <ProductForm mode="create" defaultProvince="thai-nguyen" onCreated={onCreated} />,
    );

    await fill(user, await screen.findByLabelText(/Tên sản phẩm \(tiếng Việt\)/), 'Mật ong bạc hà');
    await fill(user, screen.getByLabelText(/Mô tả \(tiếng Việt\)/), 'Mật ong bạc hà Mèo Vạc.');
    await user.click(screen.getByRole('combobox', { name: /Nhóm sản phẩm OCOP/ }));
    await user.click(await screen.findByRole('option', { name: 'Thực phẩm' }));
    await user.click(screen.getByRole('combobox', { name: /Danh mục/ }));
    await user.click(await screen.findByRole('option', { name: 'Mật ong và sản phẩm từ ong' }));
    await fill(user, screen.getByLabelText(/Số lượng đặt tối thiểu/), '12,5');
    await fill(user, screen.getByLabelText(/Giá thấp nhất/), '250000');
    await user.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const body = calls.find((call) => call.method === 'POST')?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      nameVi: 'Mật ong bạc hà',
      ocopGroup: 'food',
      category: 'honey',
      province: 'thai-nguyen',
      moq: 12.5,
      priceMin: 250000,
      priceMax: null,
      currency: 'VND',
      unit: 'kg',
      storage: 'ambient',
      monthsAvailable: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      ocopStars: null,
    });
  });

  it('checks the required fields before calling the server', async () => {
    const { calls } = stubFetch(referenceHandler);
    const { user } = renderWithProviders(<ProductForm mode="create" onCreated={vi.fn()} />);

    await user.click(await screen.findByRole('button', { name: 'Lưu bản nháp' }));

    expect(await screen.findByText('Nhập một số lớn hơn 0.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Tên sản phẩm \(tiếng Việt\)/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('sends only what changed, with the version it started from', async () => {
    const { calls } = stubFetch({
      ...referenceHandler,
      [`PATCH /api/v1/products/${PRODUCT_ID}`]: (request) =>
        jsonResponse(product({ ...(request.body as object), version: 4 })),
    });
    const { user } = renderWithProviders(
      <ProductForm mode="edit" product={product()} onReload={vi.fn()} />,
    );

    const max = await screen.findByLabelText(/Giá cao nhất/);
    await user.clear(max);
    await fill(user, max, '650000');
    await user.click(screen.getByRole('checkbox', { name: 'Tháng 11' }));
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PATCH')?.body).toEqual({
        priceMax: 650000,
        monthsAvailable: [3, 4, 5, 6, 7, 8, 9, 10, 11],
        version: 3,
      }),
    );
    expect(await screen.findByText('Đã lưu sản phẩm.')).toBeInTheDocument();
  });

  it('explains a 409 and offers to load the latest version', async () => {
    const onReload = vi.fn().mockResolvedValue(undefined);
    stubFetch({
      ...referenceHandler,
      [`PATCH /api/v1/products/${PRODUCT_ID}`]: () =>
        problemResponse(409, 'VERSION_CONFLICT', 'Stale version'),
    });
    const { user } = renderWithProviders(
      <ProductForm mode="edit" product={product()} onReload={onReload} />,
    );

    await fill(user, await screen.findByLabelText(/Quy cách đóng gói/), ', thùng 20 túi');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    const alert = (await screen.findByText(/vừa được thay đổi ở nơi khác/)).closest<HTMLElement>(
      '[role="alert"]',
    )!;
    expect(within(alert).getByText(/Dữ liệu đã được người khác thay đổi/)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Tải bản mới nhất' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('shows a server field error beside its field', async () => {
    stubFetch({
      ...referenceHandler,
      [`PATCH /api/v1/products/${PRODUCT_ID}`]: () =>
        problemResponse(400, 'VALIDATION_FAILED', 'Invalid', [
          { path: '/category', message: 'Danh mục không thuộc nhóm OCOP đã chọn' },
        ]),
    });
    const { user } = renderWithProviders(
      <ProductForm mode="edit" product={product()} onReload={vi.fn()} />,
    );
    await fill(user, await screen.findByLabelText(/Tên sản phẩm \(tiếng Anh\)/), ' premium');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Danh mục không thuộc nhóm OCOP đã chọn')).toBeInTheDocument();
  });
});
