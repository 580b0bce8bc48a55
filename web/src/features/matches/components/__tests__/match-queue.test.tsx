import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reference } from '@/testing/mocks/data';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import type { BulkApproveResult, Match } from '@/types/sourcing';
import { MatchQueue } from '../match-queue';
import { match } from './match-fixtures';

const tea = match({ id: '0190f3c2-0000-7000-8000-00000000aaa1', score: 88 });
const honey = match({
  id: '0190f3c2-0000-7000-8000-00000000aaa2',
  score: 74,
  product: {
    ...tea.product,
    id: '0190f3c2-0000-7000-8000-0000000000p2',
    nameVi: 'Mật ong bạc hà',
    nameEn: null,
  },
});
const sauce = match({
  id: '0190f3c2-0000-7000-8000-00000000aaa3',
  score: 61,
  product: {
    ...tea.product,
    id: '0190f3c2-0000-7000-8000-0000000000p3',
    nameVi: 'Nước mắm cá cơm',
    nameEn: null,
  },
});

function stubQueue(items: Match[], approve: (ids: string[]) => BulkApproveResult) {
  let approved = new Set<string>();
  return stubFetch({
    'GET /api/v1/reference': () => jsonResponse(reference),
    'GET /api/v1/matches': () => {
      const left = items.filter((item) => !approved.has(item.id));
      return jsonResponse({ items: left, total: left.length, page: 1, limit: 20 });
    },
    'POST /api/v1/matches/approve': (request) => {
      const result = approve((request.body as { ids: string[] }).ids);
      approved = new Set(result.results.filter((r) => r.ok).map((r) => r.id));
      return jsonResponse(result);
    },
  });
}

const ok = (ids: string[]): BulkApproveResult => ({
  approved: ids.length,
  failed: 0,
  results: ids.map((id) => ({ id, ok: true, status: 'introduced', version: 2 })),
});

describe('MatchQueue', () => {
  it('approves the ticked proposals together, in one request', async () => {
    const { calls } = stubQueue([tea, honey, sauce], ok);
    const { user } = renderWithProviders(<MatchQueue />, { url: '/?minScore=60' });

    expect(await screen.findByRole('article', { name: 'Chè búp Tân Cương' })).toBeInTheDocument();
    expect(calls.find((call) => call.path.startsWith('/api/v1/matches?'))?.path).toContain(
      'minScore=60',
    );
    expect(calls.find((call) => call.path.startsWith('/api/v1/matches?'))?.path).toContain(
      'status=proposed',
    );
    const bulk = screen.getByRole('button', { name: 'Duyệt đã chọn (0)' });
    expect(bulk).toBeDisabled();

    await user.click(
      screen.getByRole('checkbox', {
        name: 'Chọn Chè búp Tân Cương cho nhu cầu Chè xanh túi 200 g cho Tết',
      }),
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Chọn Nước mắm cá cơm cho nhu cầu Chè xanh túi 200 g cho Tết',
      }),
    );
    expect(screen.getByText('Đã chọn 2 / 3')).toBeInTheDocument();
    const selectAll = screen.getByRole('checkbox', { name: 'Chọn tất cả trên trang' });
    expect(selectAll).toHaveAttribute('data-indeterminate', 'true');

    await user.click(screen.getByRole('button', { name: 'Duyệt đã chọn (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt nhiều đề xuất' });
    await user.click(within(dialog).getByRole('button', { name: 'Duyệt đã chọn (2)' }));

    await waitFor(() =>
      expect(calls.find((call) => call.path === '/api/v1/matches/approve')?.body).toEqual({
        ids: [tea.id, sauce.id],
      }),
    );
    expect(await screen.findByText('Đã duyệt 2, không duyệt được 0.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Chè búp Tân Cương' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('article', { name: 'Mật ong bạc hà' })).toBeInTheDocument();
  });

  it('selects the whole page at once, and clears it again', async () => {
    stubQueue([tea, honey, sauce], ok);
    const { user } = renderWithProviders(<MatchQueue />);

    const selectAll = await screen.findByRole('checkbox', { name: 'Chọn tất cả trên trang' });
    await user.click(selectAll);
    expect(screen.getByText('Đã chọn 3 / 3')).toBeInTheDocument();
    for (const box of screen.getAllByRole('checkbox', { name: /^Chọn .* cho nhu cầu/ })) {
      expect(box).toBeChecked();
    }
    await user.click(selectAll);
    expect(screen.getByText('Đã chọn 0 / 3')).toBeInTheDocument();
  });

  it('says which proposals could not be approved, and why', async () => {
    stubQueue([tea, honey], (ids) => ({
      approved: 1,
      failed: 1,
      results: ids.map((id) =>
        id === honey.id
          ? {
              id,
              ok: false,
              status: 'introduced',
              code: 'INVALID_TRANSITION',
              detail: 'Already decided',
            }
          : { id, ok: true, status: 'introduced', version: 2 },
      ),
    }));
    const { user } = renderWithProviders(<MatchQueue />);

    await user.click(await screen.findByRole('checkbox', { name: 'Chọn tất cả trên trang' }));
    await user.click(screen.getByRole('button', { name: 'Duyệt đã chọn (2)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duyệt nhiều đề xuất' });
    await user.click(within(dialog).getByRole('button', { name: 'Duyệt đã chọn (2)' }));

    const alert = await screen.findByText('Một số đề xuất không duyệt được');
    expect(alert.closest('[role="alert"]') ?? alert.parentElement).toHaveTextContent(
      'Mật ong bạc hà:',
    );
  });
});
