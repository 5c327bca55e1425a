import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AppConfig } from '../../config/config.schema';

/** What the API and the reindex do with their index, and nothing else (no key management, no other index, no dumps). */
export const API_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'settings.get',
  'settings.update',
  'tasks.get',
] as const;

/** Meilisearch refuses to start in production (MEILI_ENV=production) with a shorter master key. */
export const MIN_MASTER_KEY_BYTES = 16;

/** A fixed key uid per index (a v4-shaped uuid), so creating the key is idempotent: Meilisearch derives the key from uid and master key. */
export function apiKeyUid(indexUid: string): string {
  const hex = createHash('sha256').update(`rapport-api-key:${indexUid}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export class MeiliKeyError extends Error {}

/**
 * The scoped key of `indexUid`, created with the master key if it does not exist yet.
 * Run once per deployment (the compose `meili-key` one-off service); safe to re-run.
 */
export async function ensureApiKey(options: { host: string; masterKey: string | undefined; indexUid: string }): Promise<string> {
  const { host, masterKey, indexUid } = options;
  if (!masterKey || Buffer.byteLength(masterKey, 'utf8') < MIN_MASTER_KEY_BYTES) {
    throw new MeiliKeyError(
      `MEILI_MASTER_KEY must be at least ${MIN_MASTER_KEY_BYTES} bytes (Meilisearch refuses to start in production with a shorter one); e.g. openssl rand -hex 32`,
    );
  }
  const uid = apiKeyUid(indexUid);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(new URL(path, host), {
      method,
      headers: { authorization: `Bearer ${masterKey}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as { key?: string; message?: string; code?: string };
    return { status: response.status, json };
  };
  const existing = await call('GET', `/keys/${uid}`);
  if (existing.status === 200 && existing.json.key) return existing.json.key;
  if (existing.status !== 404) throw new MeiliKeyError(`Meilisearch refused to read key ${uid}: ${existing.status} ${existing.json.code ?? ''} ${existing.json.message ?? ''}`.trim());
  const created = await call('POST', '/keys', {
    uid,
    name: `rapport-api:${indexUid}`,
    description: `Rapport API and reindex: index ${indexUid} only`,
    actions: API_KEY_ACTIONS,
    indexes: [indexUid],
    expiresAt: null,
  });
  if (created.status !== 201 || !created.json.key) {
    throw new MeiliKeyError(`Meilisearch refused to create key ${uid}: ${created.status} ${created.json.code ?? ''} ${created.json.message ?? ''}`.trim());
  }
  return created.json.key;
}

/** The key the API and the reindex send: MEILI_API_KEY, else the file MEILI_API_KEY_FILE, else (development) the master key. */
export function meiliApiKey(config: Pick<AppConfig, 'MEILI_API_KEY' | 'MEILI_API_KEY_FILE' | 'MEILI_MASTER_KEY'>): string | undefined {
  if (config.MEILI_API_KEY) return config.MEILI_API_KEY;
  if (config.MEILI_API_KEY_FILE) {
    let key: string;
    try {
      key = readFileSync(config.MEILI_API_KEY_FILE, 'utf8').trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      throw new MeiliKeyError(`MEILI_API_KEY_FILE ${config.MEILI_API_KEY_FILE} does not exist: run npm run search:key (in compose, the meili-key service)`);
    }
    if (!key) throw new MeiliKeyError(`MEILI_API_KEY_FILE ${config.MEILI_API_KEY_FILE} is empty: run npm run search:key`);
    return key;
  }
  return config.MEILI_MASTER_KEY;
}
