import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { AuditEvent } from '../../apps/api/src/audit/audit-event.entity';
import { AuthSession } from '../../apps/api/src/auth/entities/auth-session.entity';
import { Role, User } from '../../apps/api/src/auth/entities/user.entity';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { buildOrmOptions } from '../../apps/api/src/database/mikro-orm.options';
import { fixedTestPort } from '../support/ports';
import { SERVER_READY_LINE } from '../support/server-ready';
import { createTestDatabase, TestDatabase } from '../support/test-database';

// `npm run admin:create` and ADMIN_EMAIL at boot, run as the compiled programs are
// (needs `npm run build:server`), against a database of this file's own.
const DIST = resolve(__dirname, '../../apps/api/dist/apps/api/src');
const CREATE_ADMIN = resolve(DIST, 'cli/create-admin.js');
const MAIN = resolve(DIST, 'main.js');
const PASSWORD = 'steady-lantern-harbour';
const NEW_PASSWORD = 'copper-kettle-morning';


let database: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  if (!existsSync(CREATE_ADMIN)) throw new Error(`${CREATE_ADMIN} is missing: run \`npm run build:server\` first`);
  database = await createTestDatabase();
  orm = await MikroORM.init(buildOrmOptions(database.url));
});
afterAll(async () => {
  await orm?.close(true);
  await database?.drop();
});

interface Finished {
  code: number | null;
  stderr: string;
}

/** Runs a compiled program to its end (or, for the server, until it is ready, then stops it). */
function run(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn', DATA_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  return new Promise((done) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (SERVER_READY_LINE.test(stderr)) child.kill('SIGTERM');
    });
    child.once('exit', (code) => done({ code, stderr }));
  });
}
const createAdmin = (...extra: string[]) => run([CREATE_ADMIN, '--email', 'boss@example.com', '--password', PASSWORD, ...extra]);

const em = () => orm.em.fork();
const userNamed = (email: string) => em().findOneOrFail(User, { email });
const actionsFor = async (userId: string) =>
  // By action: events of one transaction may or may not share a millisecond, so time cannot order them.
  (await em().find(AuditEvent, { subjectId: userId }, { orderBy: { action: 'asc', createdAt: 'asc' } })).map((event) => ({ action: event.action, details: event.details }));

async function addSession(user: User): Promise<void> {
  const fork = em();
  fork.create(AuthSession, { user: fork.getReference(User, user.id), tokenHash: randomBytes(32).toString('hex'), expiresAt: new Date(Date.now() + 3_600_000) });
  await fork.flush();
}

async function accountWithSession(email: string, role: Role): Promise<User> {
  const fork = em();
  const user = fork.create(User, { email, passwordHash: await hashPassword(PASSWORD), role });
  await fork.flush();
  await addSession(user);
  return user;
}
const liveSessions = (userId: string) => em().count(AuthSession, { user: userId, revokedAt: null });

describe('npm run admin:create', () => {
  it('creates an admin, audited as the CLI', async () => {
    const result = await createAdmin();
    expect(result).toMatchObject({ code: 0, stderr: expect.stringContaining('admin created: boss@example.com') });
    const admin = await userNamed('boss@example.com');
    expect(admin.role).toBe(Role.ADMIN);
    expect(await actionsFor(admin.id)).toEqual([{ action: 'user.admin_created', details: { source: 'cli' } }]);
  });

  it('leaves an admin alone when the password already matches, so nobody is logged out', async () => {
    const admin = await userNamed('boss@example.com');
    await addSession(admin);
    expect((await createAdmin()).stderr).toContain('nothing changed');
    expect(await liveSessions(admin.id)).toBe(1);
    expect(await actionsFor(admin.id)).toHaveLength(1);
  });

  it("resets an admin's password, ending every session, audited", async () => {
    const admin = await userNamed('boss@example.com');
    const result = await run([CREATE_ADMIN, '--email', 'boss@example.com', '--password', NEW_PASSWORD]);
    expect(result).toMatchObject({ code: 0, stderr: expect.stringContaining('admin password reset') });
    expect(await liveSessions(admin.id)).toBe(0);
    expect((await actionsFor(admin.id)).at(-1)).toEqual({ action: 'user.password_changed', details: { source: 'cli', sessionsRevoked: 1 } });
  });

  it('refuses to make an existing client an admin, leaving the account as it was', async () => {
    const client = await accountWithSession('client-first@example.com', Role.CLIENT);
    const result = await run([CREATE_ADMIN, '--email', 'client-first@example.com', '--password', NEW_PASSWORD]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('client-first@example.com already belongs to a client account, which was left unchanged');
    expect(result.stderr).toContain('--promote-existing');
    expect((await userNamed('client-first@example.com')).role).toBe(Role.CLIENT);
    expect(await liveSessions(client.id)).toBe(1);
    expect(await actionsFor(client.id)).toEqual([]);
  });

  it('promotes an existing account only with --promote-existing, ending its sessions, audited', async () => {
    const therapist = await accountWithSession('promoted@example.com', Role.THERAPIST);
    const result = await run([CREATE_ADMIN, '--email', 'promoted@example.com', '--password', NEW_PASSWORD, '--promote-existing']);
    expect(result).toMatchObject({ code: 0, stderr: expect.stringContaining('promoted@example.com promoted to admin') });
    expect((await userNamed('promoted@example.com')).role).toBe(Role.ADMIN);
    expect(await liveSessions(therapist.id)).toBe(0);
    expect(await actionsFor(therapist.id)).toEqual([
      { action: 'user.password_changed', details: { source: 'cli', sessionsRevoked: 1 } },
      { action: 'user.role_changed', details: { source: 'cli', sessionsRevoked: 1, from: 'THERAPIST', to: 'ADMIN' } },
    ]);
  });

  it('rejects an unknown option instead of guessing', async () => {
    const result = await createAdmin('--promote');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown option --promote');
  });
});

describe('ADMIN_EMAIL at boot', () => {
  let port: string;
  beforeAll(async () => {
    port = String(await fixedTestPort());
  });

  it('refuses to start rather than promote an existing therapist', async () => {
    const therapist = await accountWithSession('clinic@example.com', Role.THERAPIST);
    const result = await run([MAIN], { ADMIN_EMAIL: 'clinic@example.com', ADMIN_PASSWORD: NEW_PASSWORD, PORT: port });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('clinic@example.com already belongs to a therapist account, which was left unchanged');
    expect((await userNamed('clinic@example.com')).role).toBe(Role.THERAPIST);
    expect(await liveSessions(therapist.id)).toBe(1);
  });

  it('creates a new admin and starts, audited as the environment', async () => {
    const result = await run([MAIN], { ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: NEW_PASSWORD, PORT: port });
    expect(result.stderr).toContain('created the admin account ops@example.com');
    expect(result.stderr).toMatch(SERVER_READY_LINE);
    const admin = await userNamed('ops@example.com');
    expect(admin.role).toBe(Role.ADMIN);
    expect(await actionsFor(admin.id)).toEqual([{ action: 'user.admin_created', details: { source: 'environment' } }]);
  });
});
