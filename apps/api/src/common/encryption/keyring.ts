import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppConfig, ConfigError } from '../../config/config.schema';
import { Keyring, parseKeyring } from './field-encryption';

/**
 * The keyring from DATA_ENCRYPTION_KEYS. Outside production, when unset, a key
 * is generated once and kept beside the embedded database (.data/encryption-keys,
 * mode 0600), so `npm start` works with nothing configured.
 */
export function loadKeyring(config: AppConfig): Keyring {
  let spec = config.DATA_ENCRYPTION_KEYS;
  if (!spec) {
    const file = resolve(dirname(resolve(config.EMBEDDED_PG_DIR)), 'encryption-keys');
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `local1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    }
    spec = readFileSync(file, 'utf8').trim();
  }
  try {
    return parseKeyring(spec, config.DATA_ENCRYPTION_KEY_ID);
  } catch (error) {
    throw new ConfigError(`Invalid configuration: DATA_ENCRYPTION_KEYS: ${(error as Error).message}`);
  }
}
