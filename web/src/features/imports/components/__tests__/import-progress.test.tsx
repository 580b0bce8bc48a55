import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { tokenStore } from '@/lib/api-client';
import { importItem } from '@/testing/mocks/data';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { ImportProgress } from '../import-progress';

const id = importItem().id;

describe('ImportProgress', () => {
  it('polls while the worker reads the file, then shows the result and the errors', async () => {
    const { calls } = stubFetch({
      [`GET /api/v1/imports/${id}`]: [
        () =>
          jsonResponse(importItem({ status: 'running', rowsTotal: 4, rowsRead: 4, rowsDone: 1 })),
        () =>
          jsonResponse(
            importItem({
              status: 'done',
              rowsTotal: 4,
              rowsRead: 4,
              rowsDone: 4,
              rowsCreated: 3,
              rowsFailed: 1,
              errors: [{ row: 3, column: 'moq', value: '-5', message: 'MOQ phải lớn hơn 0' }],
              errorsTotal: 1,
            }),
          ),
      ],
      [`GET /api/v1/imports/${id}/errors.xlsx`]: () =>
        new Response(new Blob(['xlsx']), { status: 200 }),
    });
    tokenStore.set('test-token');
    const { user } = renderWithProviders(<ImportProgress importId={id} />);

    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ nhập' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText('Đang tạo sản phẩm: 1/4 dòng')).toBeInTheDocument();

    // The next poll (1 s later) finds it done.
    expect(
      await screen.findByText('Hoàn tất: tạo 3 bản nháp, 1 dòng lỗi.', {}, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'MOQ phải lớn hơn 0' })).toBeInTheDocument();

    const createObjectURL = vi.fn(() => 'blob:report');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    await user.click(screen.getByRole('button', { name: 'Tải báo cáo lỗi (.xlsx)' }));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(calls.at(-1)?.path).toBe(`/api/v1/imports/${id}/errors.xlsx`);
    // Behind authentication: fetched with the token, not opened as a plain link.
    expect(calls.at(-1)?.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('says why a whole import failed', async () => {
    stubFetch({
      [`GET /api/v1/imports/${id}`]: () =>
        jsonResponse(importItem({ status: 'failed', error: 'Thiếu cột bắt buộc: Tên sản phẩm' })),
    });
    renderWithProviders(<ImportProgress importId={id} />);
    expect(await screen.findByText('Thiếu cột bắt buộc: Tên sản phẩm')).toBeInTheDocument();
    expect(screen.getByText('Không nhập được tệp này.')).toBeInTheDocument();
  });
});
