import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { Client } from 'pg';
import { parse } from 'yaml';
import { loadConfig } from '../../apps/api/src/config/config.schema';

// docker-compose.yml checked without a Docker engine: against the compose specification's JSON
// schema (docker/compose-spec.schema.json, vendored from github.com/compose-spec/compose-spec
// schema/compose-spec.json at 170098ba07d9f53c383a41bfd4c5166b0a4529a6), then for what makes
// `docker compose up -d` work on an empty machine.
const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

type Service = {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[]; disable?: boolean };
  restart?: string;
  pull_policy?: string;
  volumes?: string[];
};
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> };

/** Compose's variable interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, $$. */
function interpolate(text: string, environment: Record<string, string | undefined>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (whole, name: string | undefined, op: string | undefined, arg: string | undefined) => {
    if (whole === '$$') return '$';
    const value = environment[name!];
    const unset = value === undefined || (op?.startsWith(':') && value === '');
    if (op?.endsWith('-')) return unset ? arg! : value!;
    if (op?.endsWith('?')) {
      if (unset) throw new Error(`required variable ${name} is missing a value: ${arg}`);
      return value!;
    }
    return value ?? '';
  });
}

function interpolateValues(value: unknown, environment: Record<string, string | undefined>): unknown {
  if (typeof value === 'string') return interpolate(value, environment);
  if (Array.isArray(value)) return value.map((item) => interpolateValues(item, environment));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateValues(item, environment)]));
  return value;
}

const SECRETS = {
  POSTGRES_PASSWORD: 'p@ss:w/o#rd%?&=$x',
  MEILI_MASTER_KEY: 'a-master-key-of-at-least-16-bytes',
  DATA_ENCRYPTION_KEYS: 'k1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
};

describe('docker-compose.yml', () => {
  const raw = read('docker-compose.yml');
  // Compose interpolates the parsed values (so `KEY: ${UNSET:-}` is an empty string, not null).
  const compose = interpolateValues(parse(raw, { merge: true }), SECRETS) as Compose;
  const { services } = compose;
  // (Its $schema names draft-07 by an https address Ajv does not know; Ajv's default is draft-07.)
  const { $schema: _draft07, ...schema } = JSON.parse(read('docker/compose-spec.schema.json'));
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

  it('is valid against the compose specification, as written and once interpolated', () => {
    const asWritten = parse(raw, { merge: true });
    expect(validate(asWritten) ? [] : validate.errors).toEqual([]);
    expect(validate(compose) ? [] : validate.errors).toEqual([]);
  });

  it('the schema check can fail', () => {
    const broken = structuredClone(compose) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    broken.services.api.depends_on = { migrate: { condition: 'service_finished' } };
    broken.services.api.restart_policy = 'always';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(expect.arrayContaining(['/services/api/depends_on/migrate/condition', '/services/api']));
  });

  it('refuses to start without the secrets it needs', () => {
    for (const name of Object.keys(SECRETS)) {
      expect(() => interpolate(raw, { ...SECRETS, [name]: '' })).toThrow(new RegExp(`required variable ${name}`));
    }
  });

  it('builds one image, which every service of the app reuses', () => {
    const built = Object.entries(services).filter(([, service]) => service.build);
    expect(built.map(([name]) => name)).toEqual(['migrate']);
    const image = built[0][1].image!;
    expect(image).toMatch(/^rapport-api:/);
    const reusing = Object.entries(services).filter(([, service]) => service.image === image && !service.build);
    expect(reusing.map(([name]) => name).sort()).toEqual(['api', 'meili-key', 'search-reindex']);
    // Never looked for in a registry: compose builds it first.
    for (const [, service] of reusing) expect(service.pull_policy).toBe('never');
    // Every service names its image with an explicit tag (never an implicit :latest).
    for (const service of Object.values(services)) expect(service.image).toMatch(/^[^\s:]+:\S+$/);
  });

  it('runs migrations and the key set-up as one-off services that the api and the reindex wait for', () => {
    const completed = (name: string) => Object.fromEntries(Object.entries(services[name].depends_on ?? {}).filter(([, { condition }]) => condition === 'service_completed_successfully'));
    expect(Object.keys(completed('api')).sort()).toEqual(['meili-key', 'migrate']);
    expect(Object.keys(completed('search-reindex')).sort()).toEqual(['meili-key', 'migrate']);
    expect(services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services['meili-key'].depends_on).toEqual({ meilisearch: { condition: 'service_healthy' } });
  });

  it('gives one-off containers no health check to fail, and waits only on checks that exist', () => {
    const oneOff = Object.entries(services).filter(([, service]) => service.restart === 'no');
    expect(oneOff.map(([name]) => name).sort()).toEqual(['meili-key', 'migrate', 'search-reindex']);
    for (const [, service] of oneOff) {
      expect(service.healthcheck).toEqual({ disable: true });
      expect(service.command?.[0]).toBe('node');
    }
    for (const [name, service] of Object.entries(services)) {
      for (const [target, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect([name, services[target] ? 'exists' : 'missing']).toEqual([name, 'exists']);
        if (condition === 'service_healthy') expect([target, services[target].healthcheck?.test?.length]).toEqual([target, expect.any(Number)]);
        if (condition === 'service_completed_successfully') expect([target, services[target].restart]).toEqual([target, 'no']);
      }
    }
  });

  it('has no dependency cycle', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string): void => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`cycle through ${name}`);
      visiting.add(name);
      for (const target of Object.keys(services[name].depends_on ?? {})) visit(target);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of Object.keys(services)) visit(name);
    expect(done.size).toBe(Object.keys(services).length);
  });

  it('runs CLI entry points that exist in the source', () => {
    for (const service of Object.values(services)) {
      const script = service.command?.[1];
      if (!script) continue;
      const source = script.replace('apps/api/dist/apps/api/src/', 'apps/api/src/').replace(/\.js$/, '.ts');
      expect([script, existsSync(join(ROOT, source))]).toEqual([script, true]);
    }
  });

  it('checks PostgreSQL health over TCP, not the socket the first-start server uses', () => {
    const test = services.postgres.healthcheck!.test!;
    expect(test.slice(0, 2)).toEqual(['CMD', 'pg_isready']);
    expect(test[test.indexOf('-h') + 1]).toBe('127.0.0.1');
  });

  it('passes the database password outside the URL, so any characters work', async () => {
    for (const name of ['migrate', 'search-reindex', 'api']) {
      const environment = services[name].environment!;
      expect(environment.DATABASE_URL).toBe('postgres://rapport@postgres:5432/rapport');
      expect(environment.PGPASSWORD).toBe(SECRETS.POSTGRES_PASSWORD);
    }
    expect(services.postgres.environment!.POSTGRES_PASSWORD).toBe(SECRETS.POSTGRES_PASSWORD);
    // node-postgres (under MikroORM and pg-boss) takes PGPASSWORD verbatim when the URL has none;
    // MikroORM hands it an empty password from such a URL.
    const previous = process.env.PGPASSWORD;
    process.env.PGPASSWORD = SECRETS.POSTGRES_PASSWORD;
    try {
      expect(new Client({ connectionString: services.api.environment!.DATABASE_URL }).password).toBe(SECRETS.POSTGRES_PASSWORD);
      expect(new Client({ host: 'postgres', user: 'rapport', database: 'rapport', password: '' }).password).toBe(SECRETS.POSTGRES_PASSWORD);
    } finally {
      if (previous === undefined) delete process.env.PGPASSWORD;
      else process.env.PGPASSWORD = previous;
    }
  });

  it('keeps the Meilisearch master key to Meilisearch and the key set-up; the api gets the scoped key', () => {
    const holders = Object.entries(services).filter(([, service]) => JSON.stringify(service.environment ?? {}).includes(SECRETS.MEILI_MASTER_KEY));
    expect(holders.map(([name]) => name).sort()).toEqual(['meili-key', 'meilisearch']);
    expect(services.meilisearch.environment!.MEILI_ENV).toBe('production');
    for (const name of ['api', 'search-reindex']) {
      expect(services[name].environment!.MEILI_API_KEY_FILE).toBe(services['meili-key'].environment!.MEILI_API_KEY_FILE);
      expect(services[name].volumes).toContain('meili-key:/var/lib/rapport-meili:ro');
    }
    expect(services['meili-key'].volumes).toContain('meili-key:/var/lib/rapport-meili');
    expect(read('README.md')).toMatch(/MEILI_MASTER_KEY[^\n]*at least 16 bytes/);
    expect(read('.env.example')).toMatch(/At least 16 bytes/);
  });

  it('gives every app service a configuration the app accepts (optional variables left empty)', () => {
    for (const name of ['migrate', 'search-reindex', 'api']) {
      const config = loadConfig(services[name].environment);
      expect([name, config.isProduction, config.MEILI_HOST, config.MEILI_API_KEY_FILE, config.MEILI_MASTER_KEY]).toEqual([
        name, true, 'http://meilisearch:7700', '/var/lib/rapport-meili/api-key', undefined,
      ]);
    }
  });

  it('documents every required variable in .env.example, which the build context keeps', () => {
    const required = [...raw.matchAll(/\$\{([A-Z_]+):\?/g)].map((match) => match[1]);
    const example = read('.env.example');
    for (const name of new Set(required)) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
