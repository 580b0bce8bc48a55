import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits; only its SHA-256 is stored, so a database dump yields no usable token. */
export const generateRefreshToken = () => randomBytes(32).toString('base64url');
export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Two tabs refreshing at once both present the same token: the second one within this window
 * is refused without treating it as theft.
 */
export const REFRESH_REUSE_GRACE_MS = 10_000;
