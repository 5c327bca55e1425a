import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'rapport_session';

/**
 * The value of the cookie `name` in a Cookie header, read as cookie-parser reads it (the first
 * pair with that name wins; names and values trimmed, surrounding double quotes dropped, then
 * URI-decoded, or kept as sent when that fails), or null. Only the session cookie is ever read,
 * so no request parses every cookie into objects it never uses (bench/search/README.md).
 */
export function cookieNamed(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (let start = 0; start < header.length; ) {
    const end = header.indexOf(';', start) === -1 ? header.length : header.indexOf(';', start);
    const equals = header.indexOf('=', start);
    if (equals !== -1 && equals < end && header.slice(start, equals).trim() === name) {
      let value = header.slice(equals + 1, end).trim();
      if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      try {
        return value.includes('%') ? decodeURIComponent(value) : value;
      } catch {
        return value;
      }
    }
    start = end + 1;
  }
  return null;
}

/** 256 random bits, URL-safe. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
