import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { MikroORM } from '@mikro-orm/postgresql';
import { FixedClock } from '../../../../../test/support/fixed-clock';
import { createTestDatabase, TestDatabase } from '../../../../../test/support/test-database';
import { loadConfig } from '../../config/config.schema';
import { buildOrmOptions } from '../../database/mikro-orm.options';
import { connectMeilisearch } from './meilisearch-client';
import { API_KEY_ACTIONS, apiKeyUid, ensureApiKey, meiliApiKey } from './meilisearch-keys';
import { createSearchEngine } from './search-engine.factory';
import { emptyQuery } from './search-engine.port';
import { FakeMeilisearch, startFakeMeilisearch } from './testing/fake-meilisearch';
import { loadMeilisearchOutsideJest } from './testing/load-meilisearch-outside-jest';

const MASTER = 'a-master-key-of-32-bytes-or-more!';

// The API runs with a key scoped to its index, created once with the master key (compose's
// meili-key service); the fake server checks keys, actions and indexes as Meilisearch does.
describe('the scoped Meilisearch key', () => {
  let fake: FakeMeilisearch;
  let database: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    fake = await startFakeMeilisearch();
    database = await createTestDatabase();
    orm = await MikroORM.init(buildOrmOptions(database.url));
  });
  beforeEach(() => {
    fake.reset();
    fake.masterKey = MASTER;
  });
  afterAll(async () => {
    await orm?.close(true);
    await database?.drop();
    await fake?.close();
  });

  it('is created once per index, with only what the API needs, and found again on the next run', async () => {
    const key = await ensureApiKey({ host: fake.url, masterKey: MASTER, indexUid: 'therapists' });
    expect(await ensureApiKey({ host: fake.url, masterKey: MASTER, indexUid: 'therapists' })).toBe(key);
    expect(fake.calls()).toEqual([`GET /keys/${apiKeyUid('therapists')}`, 'POST /keys', `GET /keys/${apiKeyUid('therapists')}`]);
    const created = fake.requests.find((request) => request.path === '/keys')!.body as Record<string, unknown>;
    expect(created).toMatchObject({ uid: apiKeyUid('therapists'), actions: [...API_KEY_ACTIONS], indexes: ['therapists'], expiresAt: null });
    expect(API_KEY_ACTIONS).not.toContain('*');
    expect(apiKeyUid('therapists')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(apiKeyUid('staging_therapists')).not.toBe(apiKeyUid('therapists'));
  });

  it('refuses a master key Meilisearch would refuse in production (under 16 bytes)', async () => {
    fake.masterKey = 'short-key-16byte';
    // Exactly 16 bytes is accepted, and the key returned is the one the server created for the index.
    const accepted = await ensureApiKey({ host: fake.url, masterKey: 'short-key-16byte', indexUid: 'therapists' });
    expect(accepted).toBe(await ensureApiKey({ host: fake.url, masterKey: 'short-key-16byte', indexUid: 'therapists' }));
    expect(accepted).toMatch(/^\S{16,}$/);
    await expect(ensureApiKey({ host: fake.url, masterKey: 'short-key-15byt', indexUid: 'therapists' })).rejects.toThrow(/at least 16 bytes/);
    await expect(ensureApiKey({ host: fake.url, masterKey: undefined, indexUid: 'therapists' })).rejects.toThrow(/at least 16 bytes/);
  });

  it('serves the API (read from MEILI_API_KEY_FILE) for its index, and nothing more', async () => {
    const key = await ensureApiKey({ host: fake.url, masterKey: MASTER, indexUid: 'therapists' });
    const file = join(mkdtempSync(join(tmpdir(), 'meili-key-')), 'api-key');
    writeFileSync(file, `${key}\n`);
    const config = loadConfig({ MEILI_HOST: fake.url, MEILI_API_KEY_FILE: file, MEILI_MASTER_KEY: 'not-sent' });
    expect(meiliApiKey(config)).toBe(key);
    const engine = await createSearchEngine(config, orm.em.fork(), new FixedClock(new Date('2026-11-25T15:00:00Z')), loadMeilisearchOutsideJest);
    // A therapist no longer listed, on a server with no index yet: the deletion finds nothing to delete, the settings create the index.
    await engine.sync(['4b0c9c3e-1d2f-4e5a-9b6c-7d8e9f0a1b2c']);
    expect(fake.settings('therapists')?.sortableAttributes).toEqual(['feeMinor', 'id', 'rotationKey']);
    expect(await engine.candidates(emptyQuery({ text: 'amelia' }), 10)).toEqual([]);
    expect(fake.requests.every((request) => request.path === '/keys' || request.path.startsWith('/keys/') || request.headers.authorization === `Bearer ${key}`)).toBe(true);

    const otherIndex = await connectMeilisearch({ host: fake.url, apiKey: key, indexUid: 'other' }, loadMeilisearchOutsideJest);
    await expect(otherIndex.search({ q: null, filter: '' })).rejects.toMatchObject({ cause: { code: 'invalid_api_key' } });
    const sameIndex = await connectMeilisearch({ host: fake.url, apiKey: key, indexUid: 'therapists' }, loadMeilisearchOutsideJest);
    await expect(sameIndex.deleteIndex()).rejects.toMatchObject({ cause: { code: 'invalid_api_key' } });
    const keys = await fetch(`${fake.url}/keys/${apiKeyUid('therapists')}`, { headers: { authorization: `Bearer ${key}` } });
    expect(keys.status).toBe(403);
  });

  // The compiled CLI (npm run build:server) with exactly the environment compose gives the meili-key service.
  const CLI = resolve(__dirname, '../../../dist/apps/api/src/cli/search-key.js');
  const composeEnvironment = (): Record<string, string> => {
    const compose = parse(readFileSync(resolve(__dirname, '../../../../../docker-compose.yml'), 'utf8'));
    return compose.services['meili-key'].environment;
  };
  const runCli = (environment: Record<string, string>) =>
    new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [CLI], { env: { PATH: process.env.PATH, ...environment }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => done({ code, stderr }));
    });

  it('is what the compose meili-key service writes to the shared volume (search:key CLI, compose environment)', async () => {
    const environment = composeEnvironment();
    expect(Object.keys(environment).sort()).toEqual(['MEILI_API_KEY_FILE', 'MEILI_HOST', 'MEILI_INDEX', 'MEILI_MASTER_KEY', 'NODE_ENV']);
    const file = join(mkdtempSync(join(tmpdir(), 'meili-volume-')), 'nested', 'api-key');
    const run = { ...environment, MEILI_HOST: fake.url, MEILI_INDEX: 'therapists', MEILI_MASTER_KEY: MASTER, MEILI_API_KEY_FILE: file };
    const first = await runCli(run);
    expect(first).toMatchObject({ code: 0 });
    const key = readFileSync(file, 'utf8').trim();
    expect(key).toBe(await ensureApiKey({ host: fake.url, masterKey: MASTER, indexUid: 'therapists' }));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await runCli(run)).toMatchObject({ code: 0 });
    expect(fake.requests.filter((request) => request.method === 'POST' && request.path === '/keys')).toHaveLength(1);

    const short = await runCli({ ...run, MEILI_MASTER_KEY: 'fifteen-bytes!!' });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('at least 16 bytes');
  });

  it('prefers MEILI_API_KEY, then the file, then (development) the master key', () => {
    expect(meiliApiKey(loadConfig({ MEILI_API_KEY: 'scoped', MEILI_MASTER_KEY: 'master' }))).toBe('scoped');
    expect(meiliApiKey(loadConfig({ MEILI_MASTER_KEY: 'master' }))).toBe('master');
    const empty = join(mkdtempSync(join(tmpdir(), 'meili-key-')), 'api-key');
    writeFileSync(empty, '\n');
    expect(() => meiliApiKey(loadConfig({ MEILI_API_KEY_FILE: empty }))).toThrow(/is empty: run npm run search:key/);
    expect(() => meiliApiKey(loadConfig({ MEILI_API_KEY_FILE: `${empty}.missing` }))).toThrow(/does not exist: run npm run search:key/);
  });
});
