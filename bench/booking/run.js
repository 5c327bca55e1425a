'use strict';
// Booking benchmark: prints figures, asserts none. About a minute plus setup.
//   npm run bench:booking                    embedded PostgreSQL of its own
//   DATABASE_URL=postgres://… npm run …      a fresh database on that server
// holdSlot through GraphQL at 16 concurrent clients (each on its own therapist,
// then all 16 racing for one therapist's times), next to a bare INSERT into
// bookings under the same exclusion constraint, in the same run and database.
// Ends with the count of overlapping active bookings, which must be 0.
const os = require('node:os');
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { Client } = require('pg');
const { startApiServer } = require('../support/api-server');
const { cleanUpOnInterrupt } = require('../support/cleanup');
const { provisionDatabase } = require('../support/database');
const { graphql, GraphqlRequestError } = require('../support/graphql-client');
const { createAdmin, createBookableTherapists } = require('../support/seed');
const { summarize } = require('../support/stats');
const { row, renderTable } = require('../support/table');

const CLIENTS = 16;
const HOLDS_PER_CLIENT = 40;
const RACE_CALLS_PER_CLIENT = 20;
const INSERTS_PER_CLIENT = 200;
const BUDGET_MS = 30_000;
const DAY_MS = 86_400_000;
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

const HOLD = `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { id status } }`;
const SLOTS = `query ($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!) {
  availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: "UTC") { slots { startsAt endsAt } } }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`;

/** Runs `work(clientIndex, callIndex)` from `clients` loops at once; latency per call and calls per second of wall time. */
async function concurrently(clients, perClient, work) {
  const samples = [];
  const outcomes = new Map();
  const begin = performance.now();
  const ends = begin + BUDGET_MS;
  await Promise.all(
    Array.from({ length: clients }, async (_, clientIndex) => {
      for (let call = 0; call < perClient && performance.now() < ends; call++) {
        const started = performance.now();
        const outcome = await work(clientIndex, call);
        samples.push(performance.now() - started);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }),
  );
  return { ...summarize(samples), perSecond: samples.length / ((performance.now() - begin) / 1000), outcomes };
}

/** holdSlot, classified: HELD, or the error code (SLOT_TAKEN for a lost race). */
async function hold(baseUrl, client, therapist, startsAt) {
  try {
    const input = { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, startsAt, idempotencyKey: randomUUID(), jurisdiction: 'NY' };
    return (await graphql(baseUrl, HOLD, { input }, client.token)).holdSlot.status;
  } catch (error) {
    if (!(error instanceof GraphqlRequestError)) throw error;
    return /"code":"([A-Z_]+)"/.exec(error.message)?.[1] ?? 'HTTP error';
  }
}

/** Open starts a session apart (so one hold does not take the next), over the next four weeks. */
async function spacedStarts(baseUrl, therapist, from, days) {
  const starts = [];
  let last = 0;
  for (let week = 0; week < days / 7; week++) {
    const weekFrom = new Date(from.getTime() + week * 7 * DAY_MS);
    const data = await graphql(baseUrl, SLOTS, { therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, from: weekFrom.toISOString(), to: new Date(weekFrom.getTime() + 7 * DAY_MS).toISOString() });
    for (const slot of data.availableSlots.slots) {
      const start = Date.parse(slot.startsAt);
      if (start >= last) {
        starts.push(slot.startsAt);
        last = start + 70 * 60_000; // 50-minute session, 10-minute buffer, to the next quarter hour
      }
    }
  }
  return starts;
}

/** The bare statement: one autocommitted INSERT per call on its own connection, same table, same constraint. */
async function bareInserts(databaseUrl, rows) {
  const connections = await Promise.all(Array.from({ length: CLIENTS }, async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return client;
  }));
  try {
    // Far in the future so they never meet the GraphQL holds; each connection its own therapist, ranges an hour apart.
    const base = Date.UTC(2031, 0, 6, 14);
    return await concurrently(CLIENTS, INSERTS_PER_CLIENT, async (clientIndex, call) => {
      const { therapistId, clientId, sessionTypeId } = rows[clientIndex];
      const startsAt = new Date(base + call * 60 * 60_000);
      const endsAt = new Date(startsAt.getTime() + 50 * 60_000);
      const blockedEnd = new Date(endsAt.getTime() + 10 * 60_000);
      await connections[clientIndex].query(
        `insert into bookings (id, therapist_id, client_id, session_type_id, starts_at, ends_at, blocked_range, status, hold_expires_at,
           price_minor, platform_fee_minor, format, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, tstzrange($5, $7), 'HELD', now() + interval '10 minutes', 14000, 1400, 'VIDEO', now(), now())`,
        [randomUUID(), therapistId, clientId, sessionTypeId, startsAt, endsAt, blockedEnd],
      );
      return 'INSERTED';
    });
  } finally {
    await Promise.all(connections.map((client) => client.end()));
  }
}

async function overlappingActivePairs(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select count(*)::int as pairs from bookings a join bookings b
         on a.therapist_id = b.therapist_id and a.id < b.id and a.blocked_range && b.blocked_range
       where a.status in ('HELD', 'CONFIRMED') and b.status in ('HELD', 'CONFIRMED')`,
    );
    const counts = await client.query(`select status, count(*)::int as n from bookings group by status order by status`);
    return { pairs: rows[0].pairs, byStatus: counts.rows.map(({ status, n }) => `${status} ${n}`).join(', ') };
  } finally {
    await client.end();
  }
}

const outcomes = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ');

async function main() {
  const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
  const header = `booking bench: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load average at start ${load()}`;
  progress('preparing the database');
  const database = await provisionDatabase({ log: progress, label: 'bench-booking' });
  const keepDatabase = cleanUpOnInterrupt(() => database.drop());
  let server;
  let keepServer = () => undefined;
  try {
    progress('starting the API (production settings, rate limits out of the way)');
    server = await startApiServer({ databaseUrl: database.url });
    keepServer = cleanUpOnInterrupt(() => server.stop());
    const { baseUrl } = server;
    progress(`seeding ${CLIENTS} therapists and ${CLIENTS} clients through the API`);
    const admin = await createAdmin({ baseUrl, databaseUrl: database.url });
    const therapists = await createBookableTherapists({ baseUrl, admin, count: CLIENTS, busyCount: 20 });
    // No daily cap, so every spaced start stays bookable while the bench runs.
    for (const therapist of therapists) {
      await graphql(baseUrl, `mutation { updateBookingSettings(input: { maxSessionsPerDay: null, minimumNoticeMinutes: 60 }) { settings { timeZone } } }`, {}, therapist.token);
    }
    const clients = [];
    for (let i = 0; i < CLIENTS; i++) {
      const input = { email: `bench-client-${i}-${process.pid}@example.com`, password: 'bench-quiet-harbor-2026', role: 'CLIENT', timeZone: 'America/New_York' };
      const data = await graphql(baseUrl, SIGN_UP, { input });
      clients.push({ token: data.signUp.token, id: data.signUp.user.id });
    }
    const from = new Date(Date.now() + 2 * DAY_MS);
    const startsByTherapist = await Promise.all(therapists.map((therapist) => spacedStarts(baseUrl, therapist, from, 28)));

    progress(`holdSlot: ${CLIENTS} clients, each on its own therapist, ${HOLDS_PER_CLIENT} holds each`);
    const ownTherapist = await concurrently(CLIENTS, HOLDS_PER_CLIENT, (clientIndex, call) =>
      hold(baseUrl, clients[clientIndex], therapists[clientIndex], startsByTherapist[clientIndex][call]));

    progress(`holdSlot: ${CLIENTS} clients racing for one therapist's times, ${RACE_CALLS_PER_CLIENT} calls each`);
    // Therapist 0's starts after those client 0 took, every client walking them in the same order: one winner per time.
    const contested = startsByTherapist[0].slice(HOLDS_PER_CLIENT);
    const raced = await concurrently(CLIENTS, RACE_CALLS_PER_CLIENT, (clientIndex, call) => hold(baseUrl, clients[clientIndex], therapists[0], contested[call % contested.length]));

    progress(`bare INSERT: ${CLIENTS} connections, ${INSERTS_PER_CLIENT} rows each`);
    const rows = therapists.map((therapist, index) => ({ therapistId: therapist.profileId, sessionTypeId: therapist.sessionTypeId, clientId: clients[index].id }));
    const bare = await bareInserts(database.url, rows);
    const overlaps = await overlappingActivePairs(database.url);

    console.log(`${header}\n${database.description}; server NODE_ENV=production, pool of 10 connections\n`);
    console.log(renderTable([{
      title: `${CLIENTS} concurrent clients`,
      rows: [
        row('holdSlot via GraphQL, each client its own therapist', '', ownTherapist, { digits: 1 }),
        row('holdSlot via GraphQL, all racing for one therapist', '', raced, { digits: 1 }),
        row('bare INSERT into bookings (baseline), same constraint', '', bare, { digits: 2 }),
      ],
    }]));
    console.log('');
    console.log(`holdSlot, own therapist: ${outcomes(ownTherapist.outcomes)}`);
    console.log(`holdSlot, racing: ${outcomes(raced.outcomes)}`);
    console.log(`bare INSERT: ${outcomes(bare.outcomes)}`);
    console.log(`bookings by status: ${overlaps.byStatus}`);
    console.log(`overlapping active bookings (HELD/CONFIRMED pairs of one therapist whose blocked ranges overlap): ${overlaps.pairs}`);
    console.log(`load average at end ${load()}`);
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
