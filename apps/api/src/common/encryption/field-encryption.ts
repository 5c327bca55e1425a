import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for health data at rest. Ciphertexts carry the id of the key
 * that sealed them, so keys rotate by adding a new current key while old ones
 * stay readable.
 *
 * Format v2 (written now): `v2.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts),
 * authenticating the column and the row's id, so a ciphertext copied to another
 * column or another row fails to open.
 * Format v1 (read only): the same parts, authenticating the column alone. Such
 * values are re-sealed as v2 whenever they are written again (see README).
 */
export interface Keyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** Where a value lives: both are authenticated with it. */
export interface RowBinding {
  /** `table.column`. */
  column: string;
  /** The row's primary key. */
  rowId: string;
}

export class DecryptionError extends Error {}

const CURRENT_VERSION = 'v2';
const IV_BYTES = 12;
// GCM tags may legally be cut down to 4 bytes; a shorter tag is easier to forge, so only full tags are accepted.
const TAG_BYTES = 16;

function additionalData(version: string, binding: RowBinding): Buffer {
  if (version === 'v1') return Buffer.from(binding.column);
  if (!binding.rowId) throw new Error(`Encrypting ${binding.column} needs the row id`);
  // NUL cannot occur in a column name or an id, so the two parts cannot run together.
  return Buffer.from(`${binding.column}\u0000${binding.rowId}`);
}

export function encryptText(keyring: Keyring, plaintext: string, binding: RowBinding): string {
  const key = keyring.keys.get(keyring.currentKeyId);
  if (!key) throw new Error(`Encryption key "${keyring.currentKeyId}" is not configured`);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(CURRENT_VERSION, binding));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [CURRENT_VERSION, keyring.currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

export function decryptText(keyring: Keyring, sealed: string, binding: RowBinding): string {
  const parts = typeof sealed === 'string' ? sealed.split('.') : [];
  const [version, keyId, ivText, tagText, ciphertext] = parts;
  if (parts.length !== 5 || (version !== 'v1' && version !== 'v2')) throw new DecryptionError('Not an encrypted value');
  const key = keyring.keys.get(keyId);
  if (!key) throw new DecryptionError(`Encryption key "${keyId}" is not configured`);
  const [iv, tag] = [Buffer.from(ivText, 'base64url'), Buffer.from(tagText, 'base64url')];
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new DecryptionError('Encrypted value failed authentication');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(version, binding));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError('Encrypted value failed authentication');
  }
}

/** True when a value is in an older format or under a key that is no longer current. */
export function needsResealing(keyring: Keyring, sealed: string): boolean {
  const [version, keyId] = sealed.split('.', 2);
  return version !== CURRENT_VERSION || keyId !== keyring.currentKeyId;
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
