import { randomBytes } from 'node:crypto';
import { DecryptionError, decryptText, encryptText, parseKeyring } from './field-encryption';

const key = () => randomBytes(32).toString('base64');

describe('field encryption', () => {
  const keyring = parseKeyring(`k1:${key()}`);

  it('round-trips and never contains the plaintext', () => {
    const sealed = encryptText(keyring, 'I feel hopeless most days', 'intakes.answers');
    expect(sealed).toMatch(/^v1\.k1\./);
    expect(sealed).not.toContain('hopeless');
    expect(decryptText(keyring, sealed, 'intakes.answers')).toBe('I feel hopeless most days');
  });

  it('uses a fresh IV every time', () => {
    expect(encryptText(keyring, 'same', 'c')).not.toBe(encryptText(keyring, 'same', 'c'));
  });

  it('refuses a ciphertext moved to another column or tampered with', () => {
    const sealed = encryptText(keyring, 'secret', 'intakes.answers');
    expect(() => decryptText(keyring, sealed, 'goals.text')).toThrow(DecryptionError);
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => decryptText(keyring, parts.join('.'), 'intakes.answers')).toThrow(DecryptionError);
  });

  it('rotates: values sealed with an old key stay readable after a new current key', () => {
    const oldKey = key();
    const before = parseKeyring(`k1:${oldKey}`);
    const sealed = encryptText(before, 'kept', 'c');
    const after = parseKeyring(`k2:${key()},k1:${oldKey}`);
    expect(after.currentKeyId).toBe('k2');
    expect(decryptText(after, sealed, 'c')).toBe('kept');
    expect(encryptText(after, 'new', 'c')).toMatch(/^v1\.k2\./);
  });

  it.each(['k1:short', 'no-colon', 'bad id!:' + randomBytes(32).toString('base64')])('rejects the key spec %j', (spec) => {
    expect(() => parseKeyring(spec)).toThrow(/32-byte key/);
  });
});
