import { Type } from '@mikro-orm/postgresql';
import { decryptText, encryptText, Keyring } from './field-encryption';

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
 * A MikroORM column type that stores a JSON value encrypted (AES-256-GCM) as
 * text. `context` names the column and is authenticated with the ciphertext.
 */
export class EncryptedJsonType<T> extends Type<T | null, string | null> {
  constructor(private readonly context: string) {
    super();
  }

  override convertToDatabaseValue(value: T | null): string | null {
    if (value === null || value === undefined) return null;
    return encryptText(requireKeyring(), JSON.stringify(value), this.context);
  }

  override convertToJSValue(value: string | null): T | null {
    if (value === null || value === undefined) return null;
    return JSON.parse(decryptText(requireKeyring(), value, this.context)) as T;
  }

  override compareAsType(): string {
    return 'string';
  }

  override ensureComparable(): boolean {
    return false;
  }

  override getColumnType(): string {
    return 'text';
  }
}
