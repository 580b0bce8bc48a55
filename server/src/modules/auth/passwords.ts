import { hash, verify } from '@node-rs/argon2';
import { AppError, fieldError } from '../../lib/errors.ts';
import { createSemaphore } from '../../lib/semaphore.ts';
import { isCommonPassword } from './common-passwords.ts';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
// algorithm 2 = Argon2id (the package's const enum cannot be imported under verbatimModuleSyntax).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The same password typed on different keyboards may arrive composed or decomposed (ệ vs e+̣+̂). */
const normalize = (password: string) => password.normalize('NFC');

export function assertPasswordPolicy(password: string, path = '/password'): void {
  if (isCommonPassword(normalize(password))) {
    throw fieldError('WEAK_PASSWORD', path, {
      vi: 'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khó đoán hơn',
      en: 'This password is too common; choose a less guessable one',
    });
  }
}

export const hashPassword = (password: string) => hash(normalize(password), options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalize(password));
  } catch {
    return false;
  }
}

/**
 * Verifying against a fixed hash for unknown e-mails makes "no such user" take as long as
 * "wrong password", so response time reveals nothing about which accounts exist.
 */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password-just-for-timing');
  await verifyPassword(await dummyHash, password);
}

/**
 * Every argon2 hash or verify of the API goes through here. Each one takes 19 MiB and tens of ms
 * of a core on libuv's threadpool; unbounded, a login storm fills every core and the event loop
 * (even `/health`) waits behind it while logins queue without end (docs/reliability.md, L2).
 * So at most `concurrency` (≈ cores) run at once, `maxWaiting` more wait in arrival order, and
 * beyond that the request is refused at once with 503 AUTH_BUSY + Retry-After, before anything is
 * checked. The dummy check for unknown e-mails takes a slot like a real one, so shedding and
 * queueing look the same whether or not the account exists.
 */
export function createPasswordHasher(options: { concurrency: number; maxWaiting: number }) {
  const busy = () =>
    new AppError(
      'AUTH_BUSY',
      'Too many sign-ins are being checked right now; try again in a moment',
      {
        headers: { 'retry-after': '1' },
      },
    );
  const semaphore = createSemaphore({
    limit: options.concurrency,
    maxWaiting: options.maxWaiting,
    onFull: busy,
  });
  return {
    /**
     * Refuses at once when no slot or queue place is free, so a storm's surplus costs no Redis
     * or database round trip first. Only a shortcut: `run` still decides when the check starts.
     */
    refuseIfFull(): void {
      if (semaphore.active >= options.concurrency && semaphore.waiting >= options.maxWaiting) {
        throw busy();
      }
    },
    hash: (password: string) => semaphore.run(() => hashPassword(password)),
    /**
     * Looks the account up and checks its password in one slot; an unknown account gets the
     * dummy check (see burnPasswordCheck). The lookup is inside so that a login refused for want
     * of a slot has cost no database round trip: with only `refuseIfFull` before it, most of a
     * storm's 503s came after the lookup, and building that query was the largest part of the
     * garbage the storm made (docs/reliability.md, L2).
     */
    verifyAccount: <U extends { passwordHash: string }>(
      find: () => Promise<U | undefined>,
      password: string,
    ) =>
      semaphore.run(async () => {
        const user = await find();
        if (!user) {
          await burnPasswordCheck(password);
          return { user, ok: false };
        }
        return { user, ok: await verifyPassword(user.passwordHash, password) };
      }),
    get active() {
      return semaphore.active;
    },
    get waiting() {
      return semaphore.waiting;
    },
  };
}

export type PasswordHasher = ReturnType<typeof createPasswordHasher>;
