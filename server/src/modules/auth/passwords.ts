import { hash, verify } from '@node-rs/argon2';
import { fieldError } from '../../lib/errors.ts';
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
