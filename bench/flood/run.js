'use strict';
// Flood benchmark: prints figures, asserts none. Loopback only; every loop is
// bounded in time and count, so the run stops by itself (about a minute plus setup).
//   npm run bench:flood                      embedded PostgreSQL of its own
//   DATABASE_URL=postgres://… npm run …      a fresh database on that server
// A baseline (no flood) and then 30 s of flood, in the same run, against the
// compiled server in its own process with production settings and the default
// rate limits: /healthz latency, the server's RSS, and a signed-in client's
// ordinary requests, while anonymous connections send expensive queries, others
// send queries stuffed past the GraphQL limits, and a therapist uploads hostile calendars.
const os = require('node:os');
const { performance } = require('node:perf_hooks');
const { startApiServer } = require('../support/api-server');
const { cleanUpOnInterrupt } = require('../support/cleanup');
const { provisionDatabase } = require('../support/database');
const { createAdmin, createBookableTherapists } = require('../support/seed');
const { graphql } = require('../support/graphql-client');
const { row, renderTable } = require('../support/table');
const { flood } = require('./flood');
const { expensiveQueries, hostileCalendars, STUFFED } = require('./hostile');
const { healthLatency, memory, signedInUser } = require('./probes');

const BASELINE_MS = 10_000;
const FLOOD_MS = 30_000;
const CONNECTIONS = 50;
const THERAPISTS = 10;
// The configuration defaults, except sign-ups: seeding signs up every account from this one IP.
const PRODUCTION_LIMITS = {
  AUTH_RATE_LIMIT_PER_MINUTE: '1000',
  PUBLIC_QUERY_RATE_LIMIT_PER_MINUTE: '60',
  SIGNED_IN_QUERY_RATE_LIMIT_PER_MINUTE: '300',
  CALENDAR_IMPORT_RATE_LIMIT_PER_MINUTE: '5',
};
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

async function signUp(baseUrl, role, index) {
  const input = { email: `flood-${role.toLowerCase()}-${index}-${process.pid}@example.com`, password: 'flood-quiet-harbor-2026', role, timeZone: 'America/New_York' };
  return { token: (await graphql(baseUrl, `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`, { input })).signUp.token };
}

/** Measures one phase: the probes run until `ms` have passed, next to `load` (if any). */
async function phase(server, user, userRequests, ms, load) {
  const until = performance.now() + ms;
  const [health, rss, browsing, attack] = await Promise.all([
    healthLatency(server.baseUrl, until),
    memory(server.pid, until),
    signedInUser(server.baseUrl, user, userRequests, until),
    load ? load(until) : Promise.resolve(null),
  ]);
  return { health, rss, browsing, attack };
}

const codes = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ');

function report(baseline, flooded) {
  const healthRows = [row('healthz, no flood (baseline)', `${(BASELINE_MS / 1000).toFixed(0)} s`, baseline.health, { digits: 1 }), row('healthz, during the flood', `${(FLOOD_MS / 1000).toFixed(0)} s`, flooded.health, { digits: 1 })];
  const userRows = [row('signed-in client, no flood', '', baseline.browsing.latency, { digits: 1 }), row('signed-in client, during the flood', '', flooded.browsing.latency, { digits: 1 })];
  const { queries, stuffing, uploads } = flooded.attack;
  const attackRows = [
    row(`anonymous expensive queries, ${CONNECTIONS} connections`, '', { ...queries.latency, perSecond: queries.perSecond }, { digits: 1 }),
    row('queries stuffed past the limits, 4 connections', '', { ...stuffing.latency, perSecond: stuffing.perSecond }, { digits: 1 }),
    row('hostile .ics uploads (therapist), 2 connections', '', { ...uploads.latency, perSecond: uploads.perSecond }, { digits: 1 }),
  ];
  const mib = (value) => `${value.toFixed(0)} MiB`;
  return [
    renderTable([
      { title: '/healthz latency', rows: healthRows },
      { title: 'signed-in user (me, search, profile, slots in turn)', rows: userRows },
      { title: 'flood requests', rows: attackRows },
    ]),
    '',
    `server RSS: baseline ${mib(baseline.rss.start)}–${mib(baseline.rss.max)}; flood start ${mib(flooded.rss.start)}, peak ${mib(flooded.rss.max)}, end ${mib(flooded.rss.end)}`,
    `healthz failures: baseline ${baseline.health.failed}, flood ${flooded.health.failed}`,
    `signed-in requests that succeeded: baseline ${baseline.browsing.ok}/${baseline.browsing.total}, flood ${flooded.browsing.ok}/${flooded.browsing.total}${flooded.browsing.failures.size ? ` (failures: ${codes(flooded.browsing.failures)})` : ''}`,
    `anonymous expensive queries: ${queries.sent} sent; ${codes(queries.codes)}`,
    `stuffed queries: ${stuffing.sent} sent; ${codes(stuffing.codes)}`,
    `hostile uploads: ${uploads.sent} sent; ${codes(uploads.codes)}`,
  ].join('\n');
}

async function main() {
  const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
  const header = `flood bench: node ${process.version}, ${os.cpus().length} CPUs, load average at start ${load()}`;
  progress('preparing the database');
  const database = await provisionDatabase({ log: progress, label: 'bench-flood' });
  const keepDatabase = cleanUpOnInterrupt(() => database.drop());
  let server;
  let keepServer = () => undefined;
  try {
    progress('starting the API (production settings, default rate limits)');
    server = await startApiServer({ databaseUrl: database.url, env: PRODUCTION_LIMITS });
    keepServer = cleanUpOnInterrupt(() => server.stop());
    const { baseUrl } = server;
    progress(`seeding ${THERAPISTS} therapists through the API`);
    const admin = await createAdmin({ baseUrl, databaseUrl: database.url });
    const therapists = await createBookableTherapists({ baseUrl, admin, count: THERAPISTS, busyCount: 20 });
    const client = await signUp(baseUrl, 'CLIENT', 0);
    const attacker = await signUp(baseUrl, 'THERAPIST', 1);
    await graphql(baseUrl, `mutation { updateTherapistProfile(input: { displayName: "Flood Therapist" }) { id } }`, {}, attacker.token);
    const [search, slots] = expensiveQueries(therapists);
    const userRequests = [{ query: '{ me { id } }' }, search, { query: `{ therapist(id: "${therapists[1].profileId}") { id displayName } }` }, slots];

    progress(`baseline: ${BASELINE_MS / 1000} s without flood`);
    const baseline = await phase(server, client, userRequests, BASELINE_MS, null);
    progress(`flood: ${FLOOD_MS / 1000} s`);
    const flooded = await phase(server, client, userRequests, FLOOD_MS, (until) =>
      flood({ baseUrl, until, connections: CONNECTIONS, expensive: expensiveQueries(therapists), stuffed: STUFFED, calendars: hostileCalendars(), therapistToken: attacker.token }),
    );
    console.log(`${header}\n${database.description}; server NODE_ENV=production, default limits (expensive queries 60/min per IP anonymous, 300/min per user signed in; 5 calendar imports/min per user)\n`);
    console.log(report(baseline, flooded));
    console.log(`\nload average at end ${load()}`);
  } finally {
    progress('stopping the API and removing the database');
    try {
      if (server) await server.stop();
    } finally {
      keepServer();
      await database.drop();
      keepDatabase();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
