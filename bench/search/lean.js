'use strict';
// The lean request path (issue #12): `{ __typename }` at 20 connections against
// the full stack (compiled API in its own process, production settings: guards,
// rate limits, GraphQL limits, request logs) and against a bare graphql-http
// server, in the same run; the full stack with request logs at `info` and off, and
// the logs-off server asked `{ me { id } }` by a signed-in client (the session lookup
// every signed-in request makes); Apollo Server on Express 5 with nothing of the app (the
// framework's own share of the gap); and a CPU profile of the full stack under that load, self time by package.
// The servers run side by side, each loaded in turn for a short slice, round
// after round: this kind of VM drifts by a third within minutes, so each ratio is
// taken within one round, a few seconds apart, and the median of the rounds is printed.
//   npm run bench:lean                      embedded PostgreSQL of its own
//   DATABASE_URL=postgres://… npm run …     a fresh database on that server
const os = require('node:os');
const { spawn } = require('node:child_process');
const { mkdtempSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { startApiServer } = require('../support/api-server');
const { cleanUpOnInterrupt } = require('../support/cleanup');
const { provisionDatabase } = require('../support/database');
const { median, summarize } = require('../support/stats');
const { signUpMatchingClient } = require('./queries');

const CONNECTIONS = 20;
const SLICE_SECONDS = Number(process.env.LEAN_SECONDS ?? 2);
const ROUNDS = Number(process.env.LEAN_ROUNDS ?? 12);
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
const TYPENAME = { body: JSON.stringify({ query: '{ __typename }' }), expect: '"__typename":"Query"' };
/** A signed-in caller's smallest question: the session lookup every signed-in request makes, and one field. */
const ME = { body: JSON.stringify({ query: '{ me { id } }' }), expect: '"me":{"id":' };

/**
 * CONNECTIONS loops, each sending the next request on the last answer, for `seconds` after
 * `warmUpSeconds`: `{ __typename }`, or `request` (a body, the text its answer holds, a token).
 */
async function load(baseUrl, seconds, warmUpSeconds = 0, request = TYPENAME) {
  const headers = { 'content-type': 'application/json', accept: 'application/json', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) };
  const send = async () => {
    const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers, body: request.body });
    const text = await response.text();
    if (!response.ok || !text.includes(request.expect)) throw new Error(`unexpected answer ${response.status}: ${text.slice(0, 200)}`);
  };
  const warmEnds = performance.now() + warmUpSeconds * 1000;
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => { while (performance.now() < warmEnds) await send(); }));
  const samples = [];
  const startedAt = performance.now();
  const ends = startedAt + seconds * 1000;
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (performance.now() < ends) {
      const started = performance.now();
      await send();
      samples.push(performance.now() - started);
    }
  }));
  return { perSecond: samples.length / ((performance.now() - startedAt) / 1000), samples };
}

/** A server of this folder (`file`) in a child process of its own, on the port it prints. */
async function startChild(file, env = {}) {
  const child = spawn(process.execPath, [join(__dirname, file)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => { const match = /ready (\d+)/.exec(String(chunk)); if (match) resolve(Number(match[1])); });
    child.once('exit', (code) => reject(new Error(`${file} exited ${code}`)));
  });
  return { baseUrl: `http://127.0.0.1:${port}`, stop: async () => { child.kill('SIGTERM'); await new Promise((resolve) => child.once('exit', resolve)); } };
}

/** Self time per package (node_modules/<name>, else "node internals" or "app"), from a V8 .cpuprofile. */
function selfTimeByPackage(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Boot (module loading, Nest wiring) is not the request path: count from the first sample taken
  // inside node:http's handler of an incoming request. (Boot runs Express's and Apollo's own code
  // too, wiring them up, so a sample in their files does not mean a request has come.)
  const parentOf = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node.id])));
  const servesRequest = (id) => {
    for (let at = id; at !== undefined; at = parentOf.get(at)) if (byId.get(at).callFrame.functionName === 'parserOnIncoming') return true;
    return false;
  };
  const firstRequest = Math.max(0, profile.samples.findIndex(servesRequest));
  const ticks = new Map();
  for (const id of profile.samples.slice(firstRequest)) ticks.set(id, (ticks.get(id) ?? 0) + 1);
  const totals = new Map();
  let all = 0;
  for (const [id, count] of ticks) {
    const { url, functionName } = byId.get(id).callFrame;
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    const name = match ? match[1] : url.includes('/dist/') ? 'app (apps/api, libs)' : url ? 'node internals' : functionName === '(idle)' ? '(idle)' : functionName === '(garbage collector)' ? '(garbage collector)' : functionName === '(program)' ? '(program)' : 'native code (V8 builtins, node bindings)';
    totals.set(name, (totals.get(name) ?? 0) + count);
    all += count;
  }
  const busy = all - (totals.get('(idle)') ?? 0);
  const functions = new Map();
  for (const [id, count] of ticks) {
    const { url, functionName, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)') continue;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + count);
  }
  return {
    packages: [...totals].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 12).map(([name, count]) => ({ name, share: count / busy })),
    functions: [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name, count]) => ({ name, share: count / busy })),
  };
}

async function main() {
  const loadAvg = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
  const header = `lean request bench: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average at start ${loadAvg()}; ${CONNECTIONS} connections; ${ROUNDS} rounds, each server loaded ${SLICE_SECONDS} s a round`;
  const database = await provisionDatabase({ log: progress, label: 'bench-lean' });
  const keep = cleanUpOnInterrupt(() => database.drop());
  const profileDir = mkdtempSync(join(os.tmpdir(), 'rapport-lean-'));
  const rows = [];
  let profile = { packages: [], functions: [] };
  const servers = [];
  try {
    const CONFIGS = {
      bare: { name: 'bare graphql-http (node:http, no framework)', child: 'bare-graphql-server.js' },
      on: { name: 'full stack, request logs on (LOG_LEVEL=info, stdout to a pipe)', env: { LOG_LEVEL: 'info' } },
      off: { name: 'full stack, request logs off (LOG_LEVEL=warn)', env: { LOG_LEVEL: 'warn' } },
      // A logs-off server of its own, asked by a signed-in client: not the same question as the bare
      // server's, so its ratio says what a signed-in request costs against the bare floor. Not the
      // logs-off server itself: loaded twice a round, that one would sit idle less than the logs-on
      // one, and an API process that has idled longer answers its next slice slower (the logs-on
      // row read 0.13–0.14 below the logs-off one that way, 0.02–0.10 with idle times equal).
      me: { name: 'the same settings, signed in, { me { id } }', env: { LOG_LEVEL: 'warn' }, request: ME },
      // The stack without the app: Apollo Server on Express 5, as the API runs them. Its ratio is
      // the framework's share of the gap; the full stack's distance below it is the app's.
      floor: { name: 'Apollo Server on Express 5 alone (no app)', child: 'apollo-express-server.js', env: { NODE_ENV: 'production' } },
    };
    const started = {};
    const requests = {};
    for (const [key, config] of Object.entries(CONFIGS)) {
      progress(`starting ${config.name}`);
      started[key] = config.child ? await startChild(config.child, config.env) : await startApiServer({ databaseUrl: database.url, env: config.env });
      servers.push(started[key]);
      if (config.request) requests[key] = { ...config.request, token: (await signUpMatchingClient(started[key].baseUrl)).token };
    }
    const measured = new Map(Object.keys(CONFIGS).map((key) => [key, []]));
    const keys = Object.keys(CONFIGS);
    // Once: compiled code and open connections carry over from slice to slice.
    for (const key of keys) await load(started[key].baseUrl, 0, 3, requests[key]);
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each round in another order: no configuration always follows the same one.
      const order = keys.map((_, index) => keys[(index + round) % keys.length]);
      progress(`round ${round + 1} of ${ROUNDS}: ${order.join(', ')}`);
      for (const key of order) measured.get(key).push(await load(started[key].baseUrl, SLICE_SECONDS, 0, requests[key]));
    }
    for (const [key, runs] of measured) {
      const ratios = runs.map((run, round) => run.perSecond / measured.get('bare')[round].perSecond);
      rows.push({ name: CONFIGS[key].name, perSecond: runs.reduce((sum, run) => sum + run.perSecond, 0) / runs.length, ratios, summary: summarize(runs.flatMap((run) => run.samples)) });
    }
    await Promise.all(servers.splice(0).map((server) => server.stop()));
    progress('full stack, request logs on, under --cpu-prof');
    try {
      const profiled = await startApiServer({ databaseUrl: database.url, env: { LOG_LEVEL: 'info' }, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
      await load(profiled.baseUrl, 8, 1);
      await profiled.stop();
      const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
      profile = file ? selfTimeByPackage(join(profileDir, file)) : { packages: [{ name: 'no profile written (the server did not exit cleanly)', share: 0 }], functions: [] };
    } catch (error) {
      profile = { packages: [{ name: `profiling failed: ${error.message.split('\n')[0]}`, share: 0 }], functions: [] };
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(profileDir, { recursive: true, force: true });
    await database.drop();
    keep();
  }
  const width = Math.max(...rows.map((row) => row.name.length));
  const lines = [
    header, '',
    `${'{ __typename }'.padEnd(width)}  req/s (mean)  × bare: median of rounds (min–max)  p50 ms  p95 ms  p99 ms`,
    ...rows.map((row) => `  ${row.name.padEnd(width - 2)}  ${row.perSecond.toFixed(0).padStart(12)}  ${`${median(row.ratios).toFixed(2)} (${Math.min(...row.ratios).toFixed(2)}–${Math.max(...row.ratios).toFixed(2)})`.padStart(32)}  ${row.summary.p50.toFixed(1).padStart(6)}  ${row.summary.p95.toFixed(1).padStart(6)}  ${row.summary.p99.toFixed(1).padStart(6)}`),
    '', 'each round, × bare (logs on / logs off):',
    `  ${rows[1].ratios.map((ratio, round) => `${ratio.toFixed(2)} / ${rows[2].ratios[round].toFixed(2)}`).join(', ')}`,
    '', 'full stack (logs on) CPU profile under that load, from the first request on, self time by package (busy time, idle excluded):',
    ...profile.packages.map((row) => `  ${row.name.padEnd(40)} ${(row.share * 100).toFixed(1).padStart(5)} %`),
    '', 'the same profile, self time by function (top 15):',
    ...profile.functions.map((row) => `  ${(row.share * 100).toFixed(1).padStart(5)} %  ${row.name}`),
    '', `  load average at end ${loadAvg()}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
