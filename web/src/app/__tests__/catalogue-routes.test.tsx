import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  PRODUCT_ID,
  certificate,
  image,
  me,
  organization,
  product,
  searchResult,
} from '@/testing/mocks/data';
import { sessionHandlers } from '@/testing/mocks/handlers';
import { jsonResponse, renderApp, stubFetch } from '@/testing/test-utils';

const producer = organization({ verificationStatus: 'verified' });
const published = product({
  status: 'published',
  isPublic: true,
  images: [image('img-a', 0), image('img-b', 1)],
  originLegacyProvince: 'Bắc Kạn',
});

describe('public catalogue', () => {
  it('is one click from the landing page and opens a product page', async () => {
    stubFetch({
      ...sessionHandlers(null),
      'GET /api/v1/search/products': () => jsonResponse(searchResult()),
      [`GET /api/v1/products/${PRODUCT_ID}`]: () => jsonResponse(published),
      'GET /api/v1/certificates': () =>
        jsonResponse({ items: [certificate()], total: 1, page: 1, limit: 100 }),
      [`GET /api/v1/organizations/${producer.id}`]: () => jsonResponse(producer),
    });
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Xem danh mục sản phẩm' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Danh mục sản phẩm' }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('link', { name: 'Mật ong bạc hà Ba Bể' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Chè búp Tân Cương' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/products/${PRODUCT_ID}`);
    expect(screen.getByText('Thái Nguyên (trước đây Bắc Kạn)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chè Tân Cương' })).toHaveAttribute(
      'href',
      `/producers/${producer.id}`,
    );
    const certificates = await screen.findByRole('region', { name: 'Chứng nhận' });
    expect(within(certificates).getByRole('cell', { name: 'VG-2024-0113' })).toBeInTheDocument();
    expect(await screen.findByText('Xuất được hoá đơn VAT')).toBeInTheDocument();
    expect(screen.getByText('Chấp nhận công nợ đến 30 ngày')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xem ảnh 2/2' }));
    expect(screen.getByRole('img', { name: 'Chè búp Tân Cương — ảnh 2/2' })).toBeInTheDocument();
  });

  it('shows a producer with its published products', async () => {
    const { calls } = stubFetch({
      ...sessionHandlers(null),
      [`GET /api/v1/organizations/${producer.id}`]: () => jsonResponse(producer),
      'GET /api/v1/products': () =>
        jsonResponse({ items: [published], total: 1, page: 1, limit: 12 }),
    });
    renderApp(`/producers/${producer.id}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Chè Tân Cương' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Chè búp Tân Cương' })).toBeInTheDocument();
    const list = calls.find((call) => call.path.startsWith('/api/v1/products?'));
    expect(list?.path).toContain(`producerId=${producer.id}`);
    expect(list?.path).toContain('status=published');
  });
});

describe('producer workspace', () => {
  it('links the dashboard and the navigation to the products', async () => {
    stubFetch({
      ...sessionHandlers(me({}, producer)),
      'GET /api/v1/products': (request) =>
        jsonResponse({
          items: [product({ status: 'rejected', reviewNote: 'Thiếu ảnh' })],
          total: request.path.includes('status=rejected') ? 1 : 2,
          page: 1,
          limit: 20,
        }),
    });
    const { user, router } = renderApp('/app');

    expect(
      await screen.findByText('Tổng số sản phẩm: 2 · chờ duyệt: 2 · cần chỉnh sửa: 1'),
    ).toBeInTheDocument();
    const nav = screen.getAllByRole('navigation', { name: 'Điều hướng chính' })[0]!;
    await user.click(within(nav).getByRole('link', { name: 'Sản phẩm của tôi' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sản phẩm của tôi' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Lý do từ chối: Thiếu ảnh')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Chè búp Tân Cương' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/app/products/${PRODUCT_ID}`));
  });

  it('is closed to other roles', async () => {
    stubFetch(sessionHandlers(me({ role: 'distributor' }, organization({ kind: 'distributor' }))));
    renderApp('/app/products/new');
    expect(
      await screen.findByRole('heading', { name: 'Bạn không có quyền truy cập trang này' }),
    ).toBeInTheDocument();
  });
});
