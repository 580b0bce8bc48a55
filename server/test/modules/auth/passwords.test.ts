import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/lib/errors.ts';
import { createPasswordHasher, hashPassword } from '../../../src/modules/auth/passwords.ts';

describe('createPasswordHasher', () => {
  it('runs `concurrency` checks at once, queues `maxWaiting`, and refuses the rest with AUTH_BUSY', async () => {
    const hasher = createPasswordHasher({ concurrency: 1, maxWaiting: 1 });
    const stored = await hashPassword('mật khẩu đúng');
    const account = { passwordHash: stored };
    const first = hasher.verifyAccount(async () => account, 'mật khẩu đúng');
    const second = hasher.verifyAccount(async () => account, 'sai');
    expect(hasher.active).toBe(1);
    expect(hasher.waiting).toBe(1);
    expect(() => hasher.refuseIfFull()).toThrow(AppError);
    // Refused before the lookup runs: a 503 costs no database round trip.
    let looked = false;
    const third = hasher
      .verifyAccount(async () => {
        looked = true;
        return undefined;
      }, 'bất kỳ')
      .then(
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
    expect(looked).toBe(false);
    expect(await first).toEqual({ user: account, ok: true });
    expect(await second).toEqual({ user: account, ok: false });
    expect(hasher.active).toBe(0);
    expect(hasher.waiting).toBe(0);
    expect(() => hasher.refuseIfFull()).not.toThrow();

    // Free again: a new hash verifies, and the same password typed decomposed (NFD) matches;
    // an unknown account (the dummy check) never does.
    const again = { passwordHash: await hasher.hash('Mật khẩu mới') };
    expect(await hasher.verifyAccount(async () => again, 'Mật khẩu mới'.normalize('NFD'))).toEqual({
      user: again,
      ok: true,
    });
    expect(await hasher.verifyAccount(async () => undefined, 'Mật khẩu mới')).toEqual({
      user: undefined,
      ok: false,
    });
  });
});
