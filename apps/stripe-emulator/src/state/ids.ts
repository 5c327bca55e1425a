import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Random base-62 text, the look of Stripe's ids. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let index = 0; index < length; index += 1) out += ALPHABET[bytes[index] % ALPHABET.length];
  return out;
}

/** `pi_` + 24 characters; Checkout Sessions carry Stripe's `cs_test_` test-mode prefix. */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(prefix === 'cs_test' ? 58 : 24)}`;
}
