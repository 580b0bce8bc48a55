import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { certificate, organization, product, reference } from '@/testing/mocks/data';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { CertificateReviewList } from '../certificate-review-list';

const unverified = (overrides: Parameters<typeof certificate>[0] = {}) =>
  certificate({ verified: false, verifiedAt: null, status: 'unverified', ...overrides });

describe('CertificateReviewList', { timeout: 30_000 }, () => {
  it('lists the queue with who holds each certificate and warns about expiry', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/reference': () => jsonResponse(reference),
      'GET /api/v1/certificates': () =>
        jsonResponse({
          items: [
            unverified({ daysToExpiry: 12, expiresOn: '2026-01-14' }),
            unverified({
              id: 'c2',
              scheme: 'haccp',
              number: 'HACCP-9',
              productId: null,
              daysToExpiry: -3,
              expiresOn: '2025-09-01',
            }),
          ],
          total: 2,
          page: 1,
          limit: 20,
        }),
      'GET /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': () =>
        jsonResponse(organization()),
      [`GET /api/v1/products/${product().id}`]: () => jsonResponse(product()),
    });
    renderWithProviders(<CertificateReviewList />);

    const vietgap = await screen.findByRole('article', { name: 'VietGAP' });
    expect(calls.find((c) => c.path.startsWith('/api/v1/certificates'))?.path).toContain(
      'verified=false',
    );
    expect(
      await within(vietgap).findByText(organization().legalName, { exact: false }),
    ).toBeInTheDocument();
    expect(
      await within(vietgap).findByRole('link', { name: product().nameVi }),
    ).toBeInTheDocument();
    expect(within(vietgap).getByText(/Còn 12 ngày là hết hạn/)).toBeInTheDocument();
    const haccp = screen.getByRole('article', { name: 'HACCP' });
    expect(within(haccp).getByText(/Đã hết hạn ngày 1 thg 9, 2025/)).toBeInTheDocument();
    expect(within(haccp).getByText('Cấp tổ chức')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 chứng nhận chờ xác minh');
  });

  it('verifies a certificate with its version after confirming', async () => {
    let items = [unverified({ productId: null, version: 4 })];
    const { calls } = stubFetch({
      'GET /api/v1/reference': () => jsonResponse(reference),
      'GET /api/v1/certificates': () =>
        jsonResponse({ items, total: items.length, page: 1, limit: 20 }),
      'GET /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': () =>
        jsonResponse(organization()),
      'POST /api/v1/certificates/0190f3c2-0000-7000-8000-0000000000c1/verify': () => {
        const verified = certificate({ productId: null, version: 5 });
        items = [];
        return jsonResponse(verified);
      },
    });
    const { user } = renderWithProviders(<CertificateReviewList />);

    const card = await screen.findByRole('article', { name: 'VietGAP' });
    await user.click(
      within(card).getByRole('button', { name: 'Xác minh chứng nhận VietGAP số VG-2024-0113' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Xác minh chứng nhận' });
    await user.click(within(dialog).getByRole('button', { name: 'Xác minh' }));

    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 4 }),
    );
    expect(await screen.findByText('Không có chứng nhận nào chờ xác minh')).toBeInTheDocument();
  });
});
