import { randomBytes } from 'node:crypto';
import { DecryptionError, decryptText, encryptText, needsResealing, parseKeyring } from './field-encryption';
import { sealV1 } from './testing/seal-v1';

const key = () => randomBytes(32).toString('base64');
const ROW = { column: 'intakes.answers', rowId: '3f1c7a52-0b8e-4a57-9c1f-0d2e7b6a1c11' };
const OTHER_ROW = { ...ROW, rowId: '9a4e2d10-7c3b-4f68-8e21-5b0c9d3f7a42' };

const withPart = (sealed: string, index: number, replace: (part: Buffer) => Buffer) => {
  const parts = sealed.split('.');
  parts[index] = replace(Buffer.from(parts[index], 'base64url')).toString('base64url');
  return parts.join('.');
};

describe('field encryption', () => {
  const keyring = parseKeyring(`k1:${key()}`);

  it('round-trips in the v2 format and never contains the plaintext', () => {
    const sealed = encryptText(keyring, 'I feel hopeless most days', ROW);
    expect(sealed).toMatch(/^v2\.k1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain('hopeless');
    expect(decryptText(keyring, sealed, ROW)).toBe('I feel hopeless most days');
  });

  it('uses a fresh IV every time', () => {
    expect(encryptText(keyring, 'same', ROW)).not.toBe(encryptText(keyring, 'same', ROW));
  });

  it('refuses a ciphertext copied to another row of the same column', () => {
    const sealed = encryptText(keyring, 'secret', ROW);
    expect(() => decryptText(keyring, sealed, OTHER_ROW)).toThrow(DecryptionError);
  });

  it('refuses a ciphertext moved to another column of the same row, or tampered with', () => {
    const sealed = encryptText(keyring, 'secret', ROW);
    expect(() => decryptText(keyring, sealed, { ...ROW, column: 'goals.text' })).toThrow(DecryptionError);
    expect(() => decryptText(keyring, withPart(sealed, 4, () => Buffer.from('tampered')), ROW)).toThrow(DecryptionError);
    // Relabelled as v1, the row id would drop out of the authenticated data: still refused.
    expect(() => decryptText(keyring, sealed.replace(/^v2\./, 'v1.'), ROW)).toThrow(DecryptionError);
  });

  it.each([12, 8, 4, 0])('refuses a tag cut to %i bytes, which GCM would otherwise accept', (bytes) => {
    const sealed = encryptText(keyring, 'secret', ROW);
    expect(() => decryptText(keyring, withPart(sealed, 3, (tag) => tag.subarray(0, bytes)), ROW)).toThrow(new DecryptionError('Encrypted value failed authentication'));
  });

  it('refuses a truncated tag on a v1 value too', () => {
    const sealed = sealV1(keyring, 'secret', ROW.column);
    expect(() => decryptText(keyring, withPart(sealed, 3, (tag) => tag.subarray(0, 8)), ROW)).toThrow(DecryptionError);
  });

  it('still reads v1 values (column only, any row), and marks them for re-sealing', () => {
    const sealed = sealV1(keyring, 'written before rows were bound', ROW.column);
    expect(decryptText(keyring, sealed, ROW)).toBe('written before rows were bound');
    expect(() => decryptText(keyring, sealed, { ...ROW, column: 'goals.text' })).toThrow(DecryptionError);
    expect(needsResealing(keyring, sealed)).toBe(true);
    expect(needsResealing(keyring, encryptText(keyring, 'new', ROW))).toBe(false);
  });

  it.each(['not encrypted', 'v3.k1.a.b.c', 'v2.k1.a.b', 'v2.k1.a.b.c.d'])('refuses %j as not an encrypted value', (text) => {
    expect(() => decryptText(keyring, text, ROW)).toThrow(DecryptionError);
  });

  it('rotates: values sealed with an old key stay readable after a new current key, and need re-sealing', () => {
    const oldKey = key();
    const before = parseKeyring(`k1:${oldKey}`);
    const sealed = encryptText(before, 'kept', ROW);
    const after = parseKeyring(`k2:${key()},k1:${oldKey}`);
    expect(after.currentKeyId).toBe('k2');
    expect(decryptText(after, sealed, ROW)).toBe('kept');
    expect(needsResealing(after, sealed)).toBe(true);
    expect(encryptText(after, 'new', ROW)).toMatch(/^v2\.k2\./);
  });

  it.each(['k1:short', 'no-colon', 'bad id!:' + randomBytes(32).toString('base64')])('rejects the key spec %j', (spec) => {
    expect(() => parseKeyring(spec)).toThrow(/32-byte key/);
  });
});
