import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { DEMO_ACCOUNTS } from '../../prisma-free-schema/seeders/demo-accounts';
import { graphql } from '../support/graphql-client';
import { fixedTestPort } from '../support/ports';
import { SERVER_READY_LINE } from '../support/server-ready';
import { waitUntil } from '../support/wait-until';

// `npm start` without DATABASE_URL, exactly as a newcomer runs it: the compiled
// server starts embedded PostgreSQL, migrates, seeds once, survives restarts and
// recovers from being killed. Needs the build that `npm test` runs first.
const MAIN = resolve(__dirname, '../../apps/api/dist/apps/api/src/main.js');
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { user { email role } } }`;
const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { email } } }`;

// Starts and stops PostgreSQL and the API several times: 44.5 s in a full run here.
jest.setTimeout(240_000);

const dataRoot = mkdtempSync(join(tmpdir(), 'rapport-embedded-'));
chmodSync(dataRoot, 0o755); // PostgreSQL runs as the `postgres` user when we are root
const dataDir = join(dataRoot, 'pg');
// Fixed for the whole test: the server restarts on the same ports and data.
let pgPort: number;
let httpPort: number;
let baseUrl: string;

interface Running {
  child: ChildProcess;
  stderr: string;
  /** The JSON log (warnings and errors, LOG_LEVEL=warn). */
  stdout: string;
  readyAfterMs: number;
}

async function startServer(overrides: Record<string, string> = {}): Promise<Running> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` (npm test does) first`);
  const environment = { ...process.env };
  delete environment.DATABASE_URL;
  const startedAt = Date.now();
  const child = spawn(process.execPath, [MAIN], {
    env: { ...environment, EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: String(httpPort), LOG_LEVEL: 'warn', ...overrides },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const running: Running = { child, stderr: '', stdout: '', readyAfterMs: 0 };
  child.stdout!.on('data', (chunk: Buffer) => (running.stdout += chunk.toString()));
  await new Promise<void>((ready, fail) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      running.stderr += chunk.toString();
      if (SERVER_READY_LINE.test(running.stderr)) {
        running.readyAfterMs = Date.now() - startedAt;
        ready();
      }
    });
    child.once('exit', (code) => fail(new Error(`server exited with ${code}:\n${running.stderr}`)));
  });
  return running;
}

function stopServer(running: Running, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((done) => {
    running.child.once('exit', (code) => done(code));
    running.child.kill(signal);
  });
}

/** Log lines that say the database went away under the app while it was still closing. */
function databaseStoppedTooEarly(running: Running): string[] {
  return running.stdout.split('\n').filter((line) => /terminating connection|database system is shutting down|Connection terminated/i.test(line));
}

function postmasterPid(): number | null {
  const file = join(dataDir, 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The processes `pid` started that run the API (main.ts as a cluster worker), by pid. */
function apiProcessesOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Fields after the command's closing parenthesis: state, then the parent's pid.
        const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
        return parent === pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(MAIN);
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number)
    .sort((a, b) => a - b);
}

async function countUsers(email: string): Promise<number> {
  const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/rapport` });
  await client.connect();
  const { rows } = await client.query('select count(*)::int as n from users where email = $1', [email]);
  await client.end();
  return rows[0].n;
}

/** Read-model rows a search may list today (every license not yet expired). */
async function listedRows(): Promise<number> {
  const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/rapport` });
  await client.connect();
  const { rows } = await client.query(`select count(*)::int as n from therapist_search where latest_license_expiry >= (now() at time zone 'utc')::date`);
  await client.end();
  return rows[0].n;
}

/** Demo therapists whose payouts can take charges, of all therapists: both counts. */
async function demoPayouts(): Promise<{ therapists: number; charging: number }> {
  const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/rapport` });
  await client.connect();
  const { rows } = await client.query('select count(*)::int as therapists, (count(*) filter (where charges_enabled and stripe_account_id is not null))::int as charging from therapist_profiles');
  await client.end();
  return rows[0];
}

beforeAll(async () => {
  pgPort = await fixedTestPort();
  httpPort = await fixedTestPort([pgPort]);
  baseUrl = `http://127.0.0.1:${httpPort}`;
});
afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

it('starts on embedded PostgreSQL, keeps accounts across restarts, seeds once, and recovers from a kill', async () => {
  const first = await startServer();
  expect(first.stderr).toContain('applied migrations');
  expect(first.stderr).toContain('seeded demo data');
  // No STRIPE_SECRET_KEY: every demo therapist is onboarded on the emulator, so paid demo sessions can be paid.
  const payouts = await demoPayouts();
  expect(payouts.therapists).toBeGreaterThan(0);
  expect(payouts.charging).toBe(payouts.therapists);
  process.stdout.write(`embedded first start (init + migrate + seed) ready after ${first.readyAfterMs} ms\n`);
  expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  const demo = await graphql(baseUrl, LOG_IN, { input: { email: DEMO_ACCOUNTS.client.email, password: DEMO_ACCOUNTS.client.password } });
  expect(demo.data?.logIn.user.role).toBe('CLIENT');
  const signUp = await graphql(baseUrl, SIGN_UP, { input: { email: 'kept@example.com', password: 'quiet-river-stones', role: 'CLIENT' } });
  expect(signUp.errors).toBeUndefined();

  const pidBefore = postmasterPid()!;
  // The app's own handler: it closes the app (job queue, outbox, pool) and only then stops
  // PostgreSQL, so nothing in flight sees its connection terminated. Right after the first
  // start the outbox is still publishing the seed's events, so the database is busy here.
  expect(await stopServer(first, 'SIGTERM')).toBe(0);
  expect(isAlive(pidBefore)).toBe(false); // PostgreSQL stopped with the app
  expect(databaseStoppedTooEarly(first)).toEqual([]);

  const second = await startServer();
  process.stdout.write(`embedded restart ready after ${second.readyAfterMs} ms\n`);
  expect(second.stderr).not.toContain('seeded demo data');
  const kept = await graphql(baseUrl, LOG_IN, { input: { email: 'kept@example.com', password: 'quiet-river-stones' } });
  expect(kept.data?.logIn.user.email).toBe('kept@example.com');
  expect(await countUsers(DEMO_ACCOUNTS.client.email)).toBe(1);
  // Once listening, it reads what searches hold in the process (SEARCH_WARM_ON_START): every listed row.
  const warmed = await waitUntil(() => /^\[rapport\] search warmed in \d+ ms: (\d+) state rows, (\d+) read-model rows$/m.exec(second.stderr), (match) => match !== null);
  expect(warmed).not.toBeNull();
  expect(Number(warmed![2])).toBe(await listedRows());
  expect(Number(warmed![2])).toBeGreaterThan(0);

  // A second server on the same data directory must not take over a live one's database.
  await expect(startServer()).rejects.toThrow(/Another running process \(pid \d+\) is using the embedded database/);
  expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);

  const orphan = postmasterPid()!;
  await stopServer(second, 'SIGKILL'); // PostgreSQL is left running, as after a crash
  expect(isAlive(orphan)).toBe(true);

  const third = await startServer();
  expect(third.stderr).toContain('left running by an earlier run');
  expect(isAlive(orphan)).toBe(false);
  expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  const pidAtEnd = postmasterPid()!;
  // Ctrl-C in the terminal that ran `npm start`.
  expect(await stopServer(third, 'SIGINT')).toBe(0);
  expect(isAlive(pidAtEnd)).toBe(false);
  expect(databaseStoppedTooEarly(third)).toEqual([]);
});

it('serves from API_PROCESSES processes on one port, replaces one that dies, and stops them all before PostgreSQL', async () => {
  const running = await startServer({ API_PROCESSES: '2' });
  expect(running.stderr).toMatch(/^\[rapport\] ready in \d+ ms: .*, 2 API processes$/m);
  const first = apiProcessesOf(running.child.pid!);
  expect(first).toHaveLength(2);
  // Each warms its own search, and the starting process says so once both have.
  const warmed = await waitUntil(() => /^\[rapport\] search warmed in \d+ ms: \d+ state rows, (\d+) read-model rows in each of 2 processes$/m.exec(running.stderr), (match) => match !== null);
  expect(Number(warmed![1])).toBe(await listedRows());

  // An account made through one process signs in through whichever answers next.
  const signUp = await graphql(baseUrl, SIGN_UP, { input: { email: 'spread@example.com', password: 'quiet-river-stones', role: 'CLIENT' } });
  expect(signUp.errors).toBeUndefined();

  // One dies: once the starting process has seen it (a connection handed to it before then is
  // lost, as with any crashed server), the other answers, and another takes its place.
  const noticed = (pid: number) => waitUntil(() => running.stderr, (stderr) => stderr.includes(`API process ${pid} killed by SIGKILL; starting another`));
  process.kill(first[0], 'SIGKILL');
  expect(await noticed(first[0])).toContain(`API process ${first[0]} killed by SIGKILL; starting another`);
  for (let request = 0; request < 10; request += 1) expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  const replaced = await waitUntil(() => apiProcessesOf(running.child.pid!), (pids) => pids.length === 2 && !pids.includes(first[0]));
  expect(replaced).toHaveLength(2);
  await waitUntil(() => running.stderr, (stderr) => stderr.includes('replacement API process listening'));
  // Now the other first one: the replacement serves alone, sessions and all.
  process.kill(first[1], 'SIGKILL');
  expect(await noticed(first[1])).toContain(`API process ${first[1]} killed by SIGKILL; starting another`);
  const logIn = await graphql(baseUrl, LOG_IN, { input: { email: 'spread@example.com', password: 'quiet-river-stones' } });
  expect(logIn.data?.logIn.user.email).toBe('spread@example.com');
  await waitUntil(() => apiProcessesOf(running.child.pid!), (pids) => pids.length === 2);

  const postmaster = postmasterPid()!;
  const serving = apiProcessesOf(running.child.pid!);
  expect(await stopServer(running, 'SIGTERM')).toBe(0);
  expect(serving.filter(isAlive)).toEqual([]);
  expect(isAlive(postmaster)).toBe(false);
  // Every process closed its app (job queue, outbox, pool) before PostgreSQL stopped.
  expect(databaseStoppedTooEarly(running)).toEqual([]);
});

it('stops, PostgreSQL too, when an API process cannot start, and says why', async () => {
  // Whatever reaches the port meanwhile (the Stripe emulator's webhooks for the seeded accounts) is hung up on.
  const squatter = createServer((socket) => socket.destroy());
  await new Promise<void>((listening) => squatter.listen(httpPort, '127.0.0.1', listening));
  try {
    const started = startServer({ API_PROCESSES: '2' });
    await expect(started).rejects.toThrow(`Port ${httpPort} on 127.0.0.1 is in use. Set PORT to a free port.`);
    await expect(started).rejects.toThrow(/server exited with 1/);
    expect(postmasterPid() === null || !isAlive(postmasterPid()!)).toBe(true);
  } finally {
    await new Promise((closed) => squatter.close(closed));
  }
});

it('says what PostgreSQL said when it cannot start, here because its port is taken', async () => {
  const port = await fixedTestPort([pgPort, httpPort]);
  const squatter = createServer();
  await new Promise<void>((listening) => squatter.listen(port, '127.0.0.1', listening));
  try {
    const started = startServer({ EMBEDDED_PG_DIR: join(dataRoot, 'taken-port'), EMBEDDED_PG_PORT: String(port) });
    await expect(started).rejects.toThrow(`did not start on 127.0.0.1:${port}`);
    await expect(started).rejects.toThrow(/PostgreSQL said: .*could not (bind|create any TCP\/IP sockets)/);
  } finally {
    await new Promise((closed) => squatter.close(closed));
  }
});
