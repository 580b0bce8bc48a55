import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '@/lib/i18n';
import { problemResponse, renderWithProviders, stubFetch } from '@/testing/test-utils';
import { LoginForm } from '../login-form';

const SERVER_DETAIL = 'Invalid email or password (server text)';

function stubInvalidCredentials() {
  return stubFetch({
    'POST /api/v1/auth/login': () => problemResponse(401, 'INVALID_CREDENTIALS', SERVER_DETAIL),
  });
}

describe('LoginForm', () => {
  it('shows INVALID_CREDENTIALS translated to Vietnamese, not the server detail', async () => {
    const { calls } = stubInvalidCredentials();
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await user.type(screen.getByLabelText(/Email/), 'htx@example.vn');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'sai-mat-khau');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Email hoặc mật khẩu không đúng.');
    expect(screen.queryByText(SERVER_DETAIL)).not.toBeInTheDocument();
    expect(onSuccess).not.toHaveBeenCalled();

    // One call: a wrong password is not an expired token, so no refresh is attempted.
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toEqual({ email: 'htx@example.vn', password: 'sai-mat-khau' });
    expect(calls[0]?.headers.get('Accept-Language')).toBe('vi');
    expect(calls[0]?.credentials).toBe('include');
  });

  it('shows the English translation when English is chosen', async () => {
    await changeLanguage('en');
    const { calls } = stubInvalidCredentials();
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText(/Email/), 'buyer@example.com');
    await user.type(screen.getByLabelText(/Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(calls[0]?.headers.get('Accept-Language')).toBe('en');
  });

  it('falls back to the server detail for a code it does not know', async () => {
    stubFetch({
      'POST /api/v1/auth/login': () =>
        problemResponse(418, 'SOMETHING_NEW', 'Máy chủ nói điều mới'),
    });
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.type(screen.getByLabelText(/Email/), 'a@b.vn');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'x');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Máy chủ nói điều mới');
  });

  it('asks for missing fields before calling the server', async () => {
    const { fetchMock } = stubFetch({});
    const { user } = renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findAllByText('Vui lòng nhập thông tin này.')).toHaveLength(2);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
