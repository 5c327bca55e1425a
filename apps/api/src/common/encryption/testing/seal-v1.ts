import { createCipheriv, randomBytes } from 'node:crypto';
import { Keyring } from '../field-encryption';

/** For tests: a value as the previous release wrote it (`v1.…`, the column alone authenticated). */
export function sealV1(keyring: Keyring, plaintext: string, column: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.keys.get(keyring.currentKeyId)!, iv);
  cipher.setAAD(Buffer.from(column));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', keyring.currentKeyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}
