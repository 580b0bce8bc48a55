import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { adminUser, me, notification, organization, user } from '@/testing/mocks/data';
import { sessionHandlers } from '@/testing/mocks/handlers';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '@/testing/test-utils';

describe('app shell', () => {
  it('shows the landing page in Vietnamese and switches to English in one click, remembered', async () => {
    stubFetch(sessionHandlers(null));
    const { user: u } = renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: /Đưa sản phẩm OCOP/ }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('vi');

    await u.click(screen.getByRole('radio', { name: 'English' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /Bring OCOP and local specialty products/,
      }),
    ).toBeInTheDocument();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sends a visitor without a session from /app to login with next', async () => {
    stubFetch(sessionHandlers(null));
    const { router } = renderApp('/app/organization');

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/app/organization')}`);
  });

  it('restores the session with a silent refresh and greets the person', async () => {
    const { calls } = stubFetch(sessionHandlers(me()));
    renderApp('/app');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Xin chào, Nguyễn Thị Lan' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Chờ xác minh')).toBeInTheDocument();
    expect(calls[0]?.path).toBe('/api/v1/auth/refresh');
    const meCall = calls.find((c) => c.path === '/api/v1/me');
    expect(meCall?.headers.get('Authorization')).toBe('Bearer test-token');
  });

  it('shows the rejection reason on the dashboard', async () => {
    const rejected = organization({
      verificationStatus: 'rejected',
      verificationNote: 'Mã số thuế không khớp',
    });
    stubFetch({
      ...sessionHandlers(me({}, rejected)),
      'GET /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': () =>
        jsonResponse(rejected),
    });
    renderApp('/app');

    expect(await screen.findByText('Lý do: Mã số thuế không khớp')).toBeInTheDocument();
    expect(screen.getByText('Bị từ chối')).toBeInTheDocument();
  });

  it('shows a friendly 403 page for a route of another role', async () => {
    stubFetch({
      ...sessionHandlers(me()),
      'GET /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': () =>
        jsonResponse(organization()),
    });
    renderApp('/app/admin/users');

    expect(
      await screen.findByRole('heading', { name: 'Bạn không có quyền truy cập trang này' }),
    ).toBeInTheDocument();
    // The navigation offers only what a producer may open.
    const nav = screen.getAllByRole('navigation', { name: 'Điều hướng chính' })[0]!;
    expect(within(nav).queryByRole('link', { name: 'Quản lý người dùng' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Hồ sơ tổ chức' })).toBeInTheDocument();
  });

  it('shows a 404 page for an unknown route', async () => {
    stubFetch(sessionHandlers(null));
    renderApp('/khong-co-trang-nay');

    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy trang' }),
    ).toBeInTheDocument();
  });

  it('shows the unread count and marks all notifications read', async () => {
    let unread = 2;
    const { calls } = stubFetch({
      ...sessionHandlers(me({ role: 'coordinator', organizationId: null }, null)),
      'GET /api/v1/review/organizations': () =>
        jsonResponse({ items: [], total: 0, page: 1, limit: 1 }),
      'GET /api/v1/notifications': () =>
        jsonResponse({
          items: [
            notification({ id: 'n1', readAt: unread ? null : '2025-09-03T00:00:00Z' }),
            notification({
              id: 'n2',
              title: 'Hồ sơ mới cần xác minh',
              readAt: unread ? null : '2025-09-03T00:00:00Z',
            }),
          ],
          unread,
        }),
      'POST /api/v1/notifications/read': () => {
        unread = 0;
        return new Response(null, { status: 204 });
      },
    });
    const { user: u } = renderApp('/app');

    const bell = await screen.findByRole('button', { name: 'Thông báo (2 chưa đọc)' });
    await u.click(bell);
    expect(await screen.findByText('Hồ sơ mới cần xác minh')).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Đánh dấu đã đọc tất cả' }));

    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Thông báo' })).toBeInTheDocument(),
    );
    const read = calls.find((c) => c.path === '/api/v1/notifications/read');
    expect(read?.body).toEqual({});
  });

  it('logs out from the user menu', async () => {
    let signedIn = true;
    const { calls } = stubFetch({
      ...sessionHandlers(me()),
      'POST /api/v1/auth/refresh': () =>
        signedIn
          ? jsonResponse({ accessToken: 'test-token', user: user() })
          : problemResponse(401, 'UNAUTHENTICATED', 'No refresh token'),
      'GET /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': () =>
        jsonResponse(organization()),
      'POST /api/v1/auth/logout': () => {
        signedIn = false;
        return new Response(null, { status: 204 });
      },
    });
    const { user: u, router } = renderApp('/app');

    await u.click(await screen.findByRole('button', { name: 'Tài khoản của Nguyễn Thị Lan' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Đăng xuất' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(calls.some((c) => c.path === '/api/v1/auth/logout')).toBe(true);
    expect(await screen.findByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
    // Home, not the login page: the guarded page must not redirect while the route changes.
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('organization profile', () => {
  const org = organization({ version: 4 });

  it('saves only the changed fields with the version', async () => {
    const { calls } = stubFetch({
      ...sessionHandlers(me({}, org)),
      'GET /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': () => jsonResponse(org),
      'PATCH /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': (request) =>
        jsonResponse({ ...org, ...(request.body as object), version: 5 }),
    });
    const { user: u } = renderApp('/app/organization');

    const website = await screen.findByLabelText('Trang web');
    await u.type(website, 'https://chetancuong.vn');
    await u.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
        website: 'https://chetancuong.vn',
        version: 4,
      }),
    );
  });

  it('explains a VERSION_CONFLICT and offers to load the latest version', async () => {
    let version = 4;
    stubFetch({
      ...sessionHandlers(me({}, org)),
      'GET /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': () =>
        jsonResponse({
          ...org,
          version,
          tradingName: version > 4 ? 'Tên mới từ đồng nghiệp' : org.tradingName,
        }),
      'PATCH /api/v1/organizations/0190f3c2-0000-7000-8000-0000000000a1': () => {
        version = 5;
        return problemResponse(409, 'VERSION_CONFLICT', 'Stale version');
      },
    });
    const { user: u } = renderApp('/app/organization');

    const address = await screen.findByLabelText('Địa chỉ');
    await u.clear(address);
    await u.type(address, 'Thôn 1, xã Tân Cương');
    await u.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    const alert = (
      await screen.findByText('Dữ liệu đã được người khác thay đổi trong lúc bạn chỉnh sửa.')
    ).closest<HTMLElement>('[role="alert"]')!;
    expect(alert).toBeInTheDocument();
    await u.click(within(alert).getByRole('button', { name: 'Tải bản mới nhất' }));

    expect(await screen.findByDisplayValue('Tên mới từ đồng nghiệp')).toBeInTheDocument();
    expect(screen.getByText(/Phiên bản 5/)).toBeInTheDocument();
  });
});

describe('register', () => {
  it('shows a server field error next to the tax code', async () => {
    stubFetch({
      ...sessionHandlers(null),
      'POST /api/v1/auth/register': () =>
        problemResponse(400, 'VALIDATION_FAILED', 'Invalid body', [
          { path: '/organization/taxCode', message: 'Mã số thuế sai chữ số kiểm tra' },
        ]),
    });
    const { user: u } = renderApp('/register');

    await u.type(await screen.findByLabelText(/Họ và tên/), 'Trần Văn Bình');
    await u.type(screen.getByLabelText(/^Email/), 'binh@example.vn');
    await u.type(screen.getByLabelText(/^Mật khẩu/), 'mat-khau-dai');
    await u.type(screen.getByLabelText(/Tên pháp lý/), 'Hợp tác xã Bưởi Đoan Hùng');
    await u.type(screen.getByLabelText(/Mã số thuế/), '2600123456');
    await u.click(screen.getByRole('combobox', { name: /Loại hình/ }));
    await u.click(await screen.findByRole('option', { name: 'Hợp tác xã' }));
    await u.type(screen.getByRole('combobox', { name: /Tỉnh\/thành phố/ }), 'bac kan');
    await u.click(await screen.findByRole('option', { name: 'Thái Nguyên' }));
    await u.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));

    expect(await screen.findByText('Mã số thuế sai chữ số kiểm tra')).toBeInTheDocument();
    expect(screen.getByLabelText(/Mã số thuế/)).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('coordinator review', () => {
  it('rejects a pending organization with a reason, after confirming in a modal', async () => {
    const pending = organization();
    let status: 'pending' | 'rejected' = 'pending';
    const { calls } = stubFetch({
      ...sessionHandlers(me({ role: 'coordinator', organizationId: null }, null)),
      'GET /api/v1/review/organizations': (request) =>
        jsonResponse(
          request.path.includes('status=pending') && status === 'pending'
            ? { items: [pending], total: 1, page: 1, limit: 20 }
            : { items: [], total: 0, page: 1, limit: 20 },
        ),
      'POST /api/v1/review/organizations/0190f3c2-0000-7000-8000-0000000000a1/reject': (
        request,
      ) => {
        status = 'rejected';
        return jsonResponse({
          ...pending,
          verificationStatus: 'rejected',
          verificationNote: (request.body as { reason: string }).reason,
        });
      },
    });
    const { user: u } = renderApp('/app/review/organizations');

    await u.click(await screen.findByRole('button', { name: 'Từ chối Hợp tác xã Chè Tân Cương' }));
    const dialog = await screen.findByRole('dialog', { name: 'Từ chối hồ sơ' });
    await u.click(within(dialog).getByRole('button', { name: 'Từ chối' }));
    expect(await within(dialog).findByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();

    await u.type(
      within(dialog).getByLabelText(/Lý do từ chối/),
      'Mã số thuế không khớp tên pháp lý',
    );
    await u.click(within(dialog).getByRole('button', { name: 'Từ chối' }));

    expect(await screen.findByText('Không có tổ chức nào đang chờ xác minh')).toBeInTheDocument();
    const reject = calls.find((c) => c.path.endsWith('/reject'));
    expect(reject?.body).toEqual({ reason: 'Mã số thuế không khớp tên pháp lý' });
  });
});

describe('admin users', () => {
  it('disables a user after confirmation', async () => {
    const target = adminUser({
      id: 'u2',
      email: 'dieu.phoi@example.vn',
      name: 'Lê Điều Phối',
      role: 'coordinator',
    });
    let disabled = false;
    const { calls } = stubFetch({
      ...sessionHandlers(me({ role: 'admin', organizationId: null, id: 'admin-1' }, null)),
      'GET /api/v1/admin/users': () =>
        jsonResponse({ items: [{ ...target, disabled }], total: 1, page: 1, limit: 20 }),
      'PATCH /api/v1/admin/users/u2': () => {
        disabled = true;
        return jsonResponse({ ...target, disabled: true });
      },
    });
    const { user: u } = renderApp('/app/admin/users');

    await u.click(
      await screen.findByRole('button', { name: 'Khoá tài khoản dieu.phoi@example.vn' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Khoá tài khoản' });
    await u.click(within(dialog).getByRole('button', { name: 'Khoá' }));

    expect(await screen.findByText('Đã khoá')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ disabled: true });
  });
});
