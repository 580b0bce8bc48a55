import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/lib/errors.ts';
import { createPasswordHasher, hashPassword } from '../../../src/modules/auth/passwords.ts';

describe('createPasswordHasher', () => {
  it('runs `concurrency` checks at once, queues `maxWaiting`, and refuses the rest with AUTH_BUSY', async () => {
    const hasher = createPasswordHasher({ concurrency: 1, maxWaiting: 1 });
    const stored = await hashPassword('mật khẩu đúng');
    const first = hasher.verify(stored, 'mật khẩu đúng');
    const second = hasher.verify(stored, 'sai');
    expect(hasher.active).toBe(1);
    expect(hasher.waiting).toBe(1);
    expect(() => hasher.refuseIfFull()).toThrow(AppError);
    const third = hasher.burn('bất kỳ').then(
      () => null,
      (err: unknown) => err,
    );
    const fourth = hasher.hash('một mật khẩu khác').then(
      () => null,
      (err: unknown) => err,
    );

    for (const refused of [await third, await fourth]) {
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({
        code: 'AUTH_BUSY',
        status: 503,
        extra: { headers: { 'retry-after': '1' } },
      });
    }
    expect(await first).toBe(true);
    expect(await second).toBe(false);
    expect(hasher.active).toBe(0);
    expect(hasher.waiting).toBe(0);
    expect(() => hasher.refuseIfFull()).not.toThrow();

    // Free again: a new hash verifies, and the same password typed decomposed (NFD) matches.
    const again = await hasher.hash('Mật khẩu mới');
    expect(await hasher.verify(again, 'Mật khẩu mới'.normalize('NFD'))).toBe(true);
  });
});
