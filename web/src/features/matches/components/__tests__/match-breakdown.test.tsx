import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { reference } from '@/testing/mocks/data';
import { jsonResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { groupByPool } from '../demand-matches';
import { MatchBreakdown } from '../match-breakdown';
import { breakdown, match } from './match-fixtures';

describe('MatchBreakdown', () => {
  it('shows every feature as a bar with its points out of what its weight allows', async () => {
    stubFetch({ 'GET /api/v1/reference': () => jsonResponse(reference) });
    renderWithProviders(<MatchBreakdown breakdown={breakdown()} />);

    expect(await screen.findByText('Tổng: 69/100')).toBeInTheDocument();
    const bars = screen.getAllByRole('progressbar');
    expect(bars).toHaveLength(4);
    // Heaviest first; the weights add up to 50, so a weight of 15 is worth 30 of the 100 points.
    const category = screen.getByRole('progressbar', { name: 'Đúng loại sản phẩm' });
    expect(category).toHaveAttribute('aria-valuenow', '100');
    expect(category).toHaveAttribute('aria-valuetext', 'Đạt 100%, 30 trên 30 điểm');
    const price = screen.getByRole('progressbar', { name: 'Giá' });
    expect(price).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText('5/20 điểm')).toBeInTheDocument();
  });

  it('lists the gaps blockers first, each with its severity, in the reader’s language', async () => {
    stubFetch({ 'GET /api/v1/reference': () => jsonResponse(reference) });
    renderWithProviders(<MatchBreakdown breakdown={breakdown()} />);

    const list = await screen.findByRole('list', { name: 'Điểm cần lưu ý' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Cản trở');
    expect(items[0]).toHaveTextContent('Cần hóa đơn VAT — nhà sản xuất chưa xuất được hóa đơn VAT');
    expect(items[1]).toHaveTextContent('Lưu ý');
    expect(items[1]).toHaveTextContent('Sản phẩm theo mùa, chỉ có vào các tháng 5, 6, 7');

    await i18n.changeLanguage('en');
    expect(
      await within(list).findByText('Needs VAT invoices — the producer cannot issue them'),
    ).toBeInTheDocument();
    expect(within(list).getByText('Blocker')).toBeInTheDocument();
  });

  it('falls back to the server’s wording for a gap code it does not know, and says when there are none', async () => {
    stubFetch({ 'GET /api/v1/reference': () => jsonResponse(reference) });
    const { unmount } = renderWithProviders(
      <MatchBreakdown
        breakdown={breakdown({
          gaps: [
            {
              code: 'SOMETHING_NEW',
              severity: 'warning',
              params: {},
              message: { vi: 'một điểm mới từ máy chủ', en: 'a new point from the server' },
            },
          ],
        })}
      />,
    );
    expect(await screen.findByText('một điểm mới từ máy chủ')).toBeInTheDocument();
    unmount();

    renderWithProviders(<MatchBreakdown breakdown={breakdown({ gaps: [] })} />);
    expect(await screen.findByText('Không có điểm vướng mắc nào.')).toBeInTheDocument();
  });
});

describe('groupByPool', () => {
  it('keeps score order and gathers a pool where its best member stands', () => {
    const a = match({ id: 'a', poolId: null });
    const b = match({ id: 'b', poolId: 'p1' });
    const c = match({ id: 'c', poolId: null });
    const d = match({ id: 'd', poolId: 'p1' });
    const entries = groupByPool([a, b, c, d]);
    expect(
      entries.map((entry) =>
        entry.kind === 'pool' ? entry.matches.map((m) => m.id) : entry.match.id,
      ),
    ).toEqual(['a', ['b', 'd'], 'c']);
  });
});
