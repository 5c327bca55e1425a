import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for health data at rest. Ciphertexts carry the id of the key
 * that sealed them, so keys rotate by adding a new current key while old ones
 * stay readable. Format: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
export interface Keyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export class DecryptionError extends Error {}

const VERSION = 'v1';

export function encryptText(keyring: Keyring, plaintext: string, context: string): string {
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new Error(`Encryption key "${keyring.currentKeyId}" is not configured`);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The context (table.column) is authenticated, so a ciphertext cannot be moved to another column.
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, keyring.currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptText(keyring: Keyring, sealed: string, context: string): string {
  const [version, keyId, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !ciphertext) throw new DecryptionError('Not an encrypted value');
  const key = keyring.keys.get(keyId);
  if (!key) throw new DecryptionError(`Encryption key "${keyId}" is not configured`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError('Encrypted value failed authentication');
  }
}

/** Parses `id1:base64key,id2:base64key` (32-byte keys); the first is current unless `currentKeyId` says otherwise. */
export function parseKeyring(spec: string, currentKeyId?: string): Keyring {
  const keys = new Map<string, Buffer>();
  for (const entry of spec.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [id, encoded] = entry.split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!/^[\w-]{1,32}$/.test(id ?? '') || key.length !== 32) {
      throw new Error('each key must be "id:base64" with a 32-byte key, e.g. k1:' + randomBytes(32).toString('base64'));
    }
    keys.set(id, key);
  }
  const current = currentKeyId ?? keys.keys().next().value;
  if (!current || !keys.has(current)) throw new Error('the current key id must name one of the keys');
  return { currentKeyId: current, keys };
}
