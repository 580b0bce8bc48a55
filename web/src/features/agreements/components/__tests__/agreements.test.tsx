import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '@ketnoi/shared';
import { reference } from '@/testing/mocks/data';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { AgreementFormModal } from '../agreement-form-modal';
import { AgreementsList } from '../agreements-list';

const EVENT_ID = '0190f3c2-0000-7000-8000-0000000000e1';

function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: '0190f3c2-0000-7000-8000-0000000000a1',
    kind: 'mou',
    matchId: null,
    producer: null,
    distributor: null,
    province: null,
    event: null,
    document: null,
    title: 'Biên bản ghi nhớ',
    signedOn: '2025-11-18',
    value: null,
    currency: null,
    productIds: [],
    note: null,
    createdAt: '2025-11-18T03:00:00.000Z',
    updatedAt: '2025-11-18T03:00:00.000Z',
    ...overrides,
  };
}

const page = (items: Agreement[]) => ({ items, total: items.length, page: 1, limit: 20 });

const provinceMou = agreement({
  title: 'Ghi nhớ hợp tác Thái Nguyên – thành phố',
  province: { code: 'thai-nguyen', vi: 'Thái Nguyên', en: 'Thai Nguyen' },
  event: { id: EVENT_ID, titleVi: 'Hội nghị kết nối cung cầu 2025', titleEn: null },
  document: { sizeBytes: 2 * 1024 * 1024, uploadedAt: '2025-11-19T03:00:00.000Z' },
});
const contract = agreement({
  id: '0190f3c2-0000-7000-8000-0000000000a2',
  kind: 'contract',
  title: 'Hợp đồng cung ứng mật ong',
  producer: { id: '0190f3c2-0000-7000-8000-0000000000b1', name: 'HTX Mật ong Đồng Văn' },
  distributor: { id: '0190f3c2-0000-7000-8000-0000000000b2', name: 'Siêu thị Xanh' },
});

describe('AgreementsList', { timeout: 30_000 }, () => {
  it('shows the province party, the event and the document; coordinators may attach one', async () => {
    stubFetch({
      'GET /api/v1/agreements': () => jsonResponse(page([provinceMou, contract])),
    });
    renderWithProviders(<AgreementsList matchHref={(id) => `/matches/${id}`} manage />);

    const mou = await screen.findByRole('article', { name: provinceMou.title });
    expect(within(mou).getByText('Tỉnh/thành Thái Nguyên ↔ Thành phố')).toBeInTheDocument();
    expect(within(mou).getByText('Ký tại: Hội nghị kết nối cung cầu 2025')).toBeInTheDocument();
    expect(
      within(mou).getByRole('button', { name: `Tải văn bản của thỏa thuận ${provinceMou.title}` }),
    ).toHaveTextContent('Tải văn bản (PDF, 2 MB)');
    expect(
      within(mou).getByRole('button', { name: `Thay văn bản của thỏa thuận ${provinceMou.title}` }),
    ).toBeInTheDocument();

    const deal = screen.getByRole('article', { name: contract.title });
    expect(within(deal).getByText('HTX Mật ong Đồng Văn ↔ Siêu thị Xanh')).toBeInTheDocument();
    expect(within(deal).getByText('Chưa có văn bản đính kèm')).toBeInTheDocument();
    expect(
      within(deal).getByRole('button', {
        name: `Đính kèm văn bản cho thỏa thuận ${contract.title}`,
      }),
    ).toBeInTheDocument();
  });

  it('lets a party download but not attach', async () => {
    stubFetch({ 'GET /api/v1/agreements': () => jsonResponse(page([provinceMou, contract])) });
    renderWithProviders(<AgreementsList matchHref={(id) => `/matches/${id}`} />);

    const mou = await screen.findByRole('article', { name: provinceMou.title });
    expect(within(mou).getByRole('button', { name: /Tải văn bản/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Đính kèm văn bản|Thay văn bản/ })).toBeNull();
  });
});

describe('AgreementFormModal', { timeout: 30_000 }, () => {
  it('records a province ↔ city MoU at an event, then uploads its PDF', async () => {
    const { calls } = stubFetch({
      'GET /api/v1/reference': () => jsonResponse(reference),
      'GET /api/v1/review/organizations': () => jsonResponse(page([])),
      'GET /api/v1/matches': () => jsonResponse(page([])),
      'GET /api/v1/events': () =>
        jsonResponse(
          page([
            {
              id: EVENT_ID,
              titleVi: 'Hội nghị kết nối cung cầu 2025',
              titleEn: null,
              startsAt: '2025-11-18T01:00:00.000Z',
              endsAt: '2025-11-18T10:00:00.000Z',
            } as never,
          ]),
        ),
      'POST /api/v1/agreements': (request) =>
        jsonResponse(
          agreement({ ...(request.body as object), province: provinceMou.province }),
          201,
        ),
      [`PUT /api/v1/agreements/${provinceMou.id}/document`]: () => jsonResponse(provinceMou),
    });
    const { user } = renderWithProviders(<AgreementFormModal opened onClose={() => {}} />);

    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận thỏa thuận' });
    expect(within(dialog).getByRole('combobox', { name: /Nhà sản xuất/ })).toBeInTheDocument();
    await user.click(within(dialog).getByText('Tỉnh ↔ thành phố'));
    expect(within(dialog).queryByRole('combobox', { name: /Nhà sản xuất/ })).toBeNull();
    await user.type(within(dialog).getByLabelText(/Tiêu đề/), 'Ghi nhớ hợp tác Thái Nguyên');
    await user.click(
      within(dialog).getByRole('combobox', { name: /Tỉnh\/thành ký với thành phố/ }),
    );
    await user.click(await screen.findByRole('option', { name: 'Thái Nguyên' }));
    await user.click(within(dialog).getByRole('combobox', { name: /Ký tại sự kiện/ }));
    await user.click(await screen.findByRole('option', { name: /Hội nghị kết nối cung cầu 2025/ }));
    const file = new File(['%PDF-1.7\n'], 'bien-ban.pdf', { type: 'application/pdf' });
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, file);
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));

    await waitFor(() =>
      expect(calls.find((call) => call.method === 'PUT')?.path).toBe(
        `/api/v1/agreements/${provinceMou.id}/document`,
      ),
    );
    const posted = calls.find((call) => call.method === 'POST')!.body as Record<string, unknown>;
    expect(posted).toMatchObject({
      kind: 'mou',
      title: 'Ghi nhớ hợp tác Thái Nguyên',
      provinceCode: 'thai-nguyen',
      eventId: EVENT_ID,
    });
    expect(posted).not.toHaveProperty('producerOrgId');
    expect(posted).not.toHaveProperty('matchId');
    const upload = calls.find((call) => call.method === 'PUT')!.body as FormData;
    expect((upload.get('file') as File).name).toBe('bien-ban.pdf');
  });
});
