import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reference, searchHit, searchResult } from '@/testing/mocks/data';
import {
  jsonResponse,
  problemResponse,
  renderWithProviders,
  stubFetch,
  type RecordedRequest,
} from '@/testing/test-utils';
import { CatalogueSearch } from '../catalogue-search';

const searches = (calls: RecordedRequest[]) =>
  calls
    .filter((call) => call.path.startsWith('/api/v1/search/products'))
    .map((call) => new URL(call.path, 'http://localhost').searchParams);

function renderCatalogue(url = '/catalogue', answer = () => jsonResponse(searchResult())) {
  const stub = stubFetch({
    'GET /api/v1/reference': () => jsonResponse(reference),
    'GET /api/v1/search/products': answer,
  });
  const rendered = renderWithProviders(<CatalogueSearch />, { url, path: '/catalogue' });
  return { ...stub, ...rendered };
}

describe('CatalogueSearch', () => {
  it('shows hits with the server highlights, counts and facets with counts', async () => {
    renderCatalogue();

    const card = await screen.findByRole('article');
    const link = within(card).getByRole('link', { name: 'Mật ong bạc hà Ba Bể' });
    expect(link).toHaveAttribute('href', '/products/0190f3c2-0000-7000-8000-0000000000p1');
    // [0, 3) of "Mật ong…" is marked, as the engine said.
    expect(card.querySelector('mark')).toHaveTextContent('Mật');
    expect(within(card).getByText('250.000 ₫ – 300.000 ₫ / hũ')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('1 sản phẩm');

    const filters = screen.getByRole('complementary', { name: 'Bộ lọc' });
    expect(within(filters).getByRole('checkbox', { name: /Thực phẩm\s*1/ })).not.toBeChecked();
    expect(within(filters).getByRole('checkbox', { name: /Từ 4 sao\s*1/ })).toBeInTheDocument();
    expect(within(filters).getByRole('checkbox', { name: /VietGAP\s*1/ })).toBeInTheDocument();
  });

  it('shows facet counts as estimates when the engine says they are approximate', async () => {
    renderCatalogue('/catalogue', () =>
      jsonResponse({ ...searchResult(), facetsApproximate: true }),
    );
    await screen.findByRole('article');
    const filters = screen.getByRole('complementary', { name: 'Bộ lọc' });
    expect(
      within(filters).getByRole('checkbox', { name: /Thực phẩm\s*khoảng 1$/ }),
    ).toBeInTheDocument();
    expect(within(filters).getByText(/số lượng bên cạnh mỗi bộ lọc là ước tính/)).toBeVisible();
  });

  it('shows exact facet counts without the estimate wording', async () => {
    renderCatalogue('/catalogue', () =>
      jsonResponse({ ...searchResult(), facetsApproximate: false }),
    );
    await screen.findByRole('article');
    const filters = screen.getByRole('complementary', { name: 'Bộ lọc' });
    expect(within(filters).getByRole('checkbox', { name: /Thực phẩm\s*1$/ })).toBeInTheDocument();
    expect(within(filters).queryByText(/khoảng/)).toBeNull();
  });

  it('searches as you type, once typing pauses, and keeps the text in the URL', async () => {
    const { calls, router, user } = renderCatalogue();
    await screen.findByRole('article');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm sản phẩm' }), 'mat ong');

    await waitFor(() => expect(router.state.location.search).toBe('?q=mat+ong'));
    await waitFor(() => expect(searches(calls).at(-1)?.get('q')).toBe('mat ong'));
    // Debounced: not one request per keystroke.
    expect(searches(calls).length).toBeLessThan(4);
    // Typing replaces the history entry instead of adding one per keystroke.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('reads the filters from the URL and sends them to the API', async () => {
    const { calls } = renderCatalogue(
      '/catalogue?q=tra&group=beverage&minStars=4&certifications=vietgap&certifications=haccp&sort=stars&page=2',
    );
    await screen.findByRole('article');

    const params = searches(calls)[0]!;
    expect(params.get('q')).toBe('tra');
    expect(params.get('group')).toBe('beverage');
    expect(params.get('minStars')).toBe('4');
    expect(params.getAll('certifications')).toEqual(['vietgap', 'haccp']);
    expect(params.get('sort')).toBe('stars');
    expect(params.get('page')).toBe('2');
    expect(screen.getByRole('searchbox')).toHaveValue('tra');
    expect(screen.getByRole('button', { name: 'Bỏ bộ lọc Từ 4 sao' })).toBeInTheDocument();
  });

  it('adds a filter as a history entry and removes it with its chip', async () => {
    const { calls, router, user } = renderCatalogue();
    await screen.findByRole('article');

    await user.click(screen.getByRole('checkbox', { name: /VietGAP/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?certifications=vietgap'));
    expect(router.state.historyAction).toBe('PUSH');
    await waitFor(() =>
      expect(searches(calls).at(-1)?.getAll('certifications')).toEqual(['vietgap']),
    );

    await user.click(await screen.findByRole('button', { name: 'Bỏ bộ lọc VietGAP' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const { router, user } = renderCatalogue('/catalogue?q=xyz&storage=frozen', () =>
      jsonResponse(searchResult({ hits: [], total: 0 })),
    );

    expect(await screen.findByText('Không tìm thấy sản phẩm phù hợp')).toBeInTheDocument();
    const main = screen.getByText('Không tìm thấy sản phẩm phù hợp').closest('div')!.parentElement!;
    await user.click(within(main).getByRole('button', { name: 'Xoá tất cả bộ lọc' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=xyz'));
  });

  it('shows a failed search with a way to retry', async () => {
    renderCatalogue('/catalogue', () => problemResponse(503, 'SERVICE_UNAVAILABLE', 'down'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dịch vụ tạm thời không khả dụng');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });

  it('shows English names and the English highlight in English', async () => {
    const { i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('en');
    renderCatalogue('/catalogue', () =>
      jsonResponse(searchResult({ hits: [searchHit({ highlights: { nameEn: [[11, 16]] } })] })),
    );
    const card = await screen.findByRole('article');
    expect(within(card).getByRole('link', { name: 'Ba Be mint honey' })).toBeInTheDocument();
    expect(card.querySelector('mark')).toHaveTextContent('honey');
  });
});
