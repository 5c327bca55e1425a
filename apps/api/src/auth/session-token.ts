import { createHash, randomBytes } from 'node:crypto';
import { parse } from 'cookie';

export const SESSION_COOKIE = 'rapport_session';

/**
 * The value of the cookie `name` in a Cookie header, or null: parsed where it is read, by the
 * parser cookie-parser used, instead of by a middleware on every request. Only the session cookie
 * is ever read, so no request carries parsed cookies it never uses (bench/search/README.md).
 */
export function cookieNamed(header: string | undefined, name: string): string | null {
  return header ? (parse(header)[name] ?? null) : null;
}

/** 256 random bits, URL-safe. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
