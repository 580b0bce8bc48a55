import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRODUCT_ID, certificate, reference } from '@/testing/mocks/data';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { CertificatesManager } from '../certificates-manager';

describe('CertificatesManager', { timeout: 30_000 }, () => {
  it('warns about expiring and expired certificates', async () => {
    stubFetch({
      'GET /api/v1/reference': () => jsonResponse(reference),
      'GET /api/v1/certificates': () =>
        jsonResponse({
          items: [
            certificate({ status: 'expiring', daysToExpiry: 12, expiresOn: '2025-10-01' }),
            certificate({
              id: 'c2',
              scheme: 'haccp',
              number: 'HACCP-9',
              status: 'expired',
              daysToExpiry: -3,
              expiresOn: '2025-09-01',
              productId: null,
            }),
          ],
          total: 2,
          page: 1,
          limit: 100,
        }),
    });
    renderWithProviders(<CertificatesManager productId={PRODUCT_ID} />);

    const vietgap = await screen.findByRole('article', { name: 'VietGAP' });
    expect(within(vietgap).getByText('Hết hạn sau 12 ngày')).toBeInTheDocument();
    expect(within(vietgap).getByText(/Còn 12 ngày nữa hết hạn/)).toBeInTheDocument();
    const haccp = screen.getByRole('article', { name: 'HACCP' });
    expect(within(haccp).getByText(/Đã hết hạn ngày 1 thg 9, 2025/)).toBeInTheDocument();
    expect(within(haccp).getByText('Cấp tổ chức')).toBeInTheDocument();
    // Producer-level certificates are managed on the certificates page, not per product.
    expect(within(haccp).queryByRole('button', { name: /Xoá/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sắp hết hạn: 1 · đã hết hạn: 1');
  });

  it('adds a certificate for the product', async () => {
    let items: unknown[] = [];
    const { calls } = stubFetch({
      'GET /api/v1/reference': () => jsonResponse(reference),
      'GET /api/v1/certificates': () =>
        jsonResponse({ items, total: items.length, page: 1, limit: 100 }),
      'POST /api/v1/certificates': (request) => {
        items = [certificate({ status: 'unverified', verified: false })];
        return jsonResponse(certificate({ ...(request.body as object) }), 201);
      },
    });
    const { user } = renderWithProviders(<CertificatesManager productId={PRODUCT_ID} />);

    await user.click(await screen.findByRole('button', { name: 'Thêm chứng nhận cho sản phẩm' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm chứng nhận' });
    await user.click(within(dialog).getByRole('combobox', { name: /Loại chứng nhận/ }));
    await user.click(await screen.findByRole('option', { name: 'VietGAP' }));
    await user.type(within(dialog).getByLabelText(/Cơ quan cấp/), 'Trung tâm Chứng nhận Phù hợp');
    await user.type(within(dialog).getByLabelText(/Số chứng nhận/), 'VG-1');
    await user.type(within(dialog).getByLabelText(/Ngày cấp/), '2025-01-15');
    await user.type(within(dialog).getByLabelText(/Hiệu lực đến ngày/), '2027-01-14');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu chứng nhận' }));

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')?.body).toEqual({
        productId: PRODUCT_ID,
        scheme: 'vietgap',
        issuer: 'Trung tâm Chứng nhận Phù hợp',
        number: 'VG-1',
        issuedOn: '2025-01-15',
        expiresOn: '2027-01-14',
      }),
    );
    expect(await screen.findByText(/Đang chờ cán bộ điều phối xác minh/)).toBeInTheDocument();
  });
});
