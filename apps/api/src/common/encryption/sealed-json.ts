import { decryptText, encryptText, Keyring, needsResealing, RowBinding } from './field-encryption';

let keyring: Keyring | null = null;

/** Set once at boot from config (main.ts, CLI, tests) before any encrypted column is read or written. */
export function useKeyring(configured: Keyring): void {
  keyring = configured;
}

function requireKeyring(): Keyring {
  if (!keyring) throw new Error('Field encryption is not configured (useKeyring was not called)');
  return keyring;
}

/**
 * A JSON value as AES-256-GCM ciphertext bound to its column and row. Entities
 * keep only the ciphertext in a column property and expose the value through a
 * getter/setter pair that calls these with their own id (a MikroORM column type
 * never sees the row, so it could not bind the id).
 */
export function sealJson(value: unknown, binding: RowBinding): string {
  if (value === undefined) throw new Error(`${binding.column}: nothing to encrypt`);
  return encryptText(requireKeyring(), JSON.stringify(value), binding);
}

export function openJson<T>(sealed: string, binding: RowBinding): T {
  return JSON.parse(decryptText(requireKeyring(), sealed, binding)) as T;
}

/** True for a v1 value or one sealed with a key that is no longer current: writing it again fixes both. */
export function isStale(sealed: string): boolean {
  return needsResealing(requireKeyring(), sealed);
}
