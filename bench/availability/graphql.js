'use strict';
// Part 2: availability through the real app over HTTP, timed client-side
// (performance.now() around fetch and reading the body).
const { MS_PER_DAY } = require('@rapport/domain');
const { startApiServer } = require('../support/api-server');
const { TIME_ZONE } = require('../support/busy-calendar');
const { cleanUpOnInterrupt } = require('../support/cleanup');
const { provisionDatabase } = require('../support/database');
const { graphql } = require('../support/graphql-client');
const { createAdmin, createBookableTherapists } = require('../support/seed');
const { measureAsync, measureConcurrent } = require('../support/stats');
const { row } = require('../support/table');

const THERAPISTS = 20;
const BUSY_PER_THERAPIST = 40;
const SEQUENTIAL = { warmup: 30, iterations: 300, budgetMs: 10_000 };
const CONCURRENT = { clients: 4, total: 400, budgetMs: 10_000 };
const NEXT_SLOTS = { warmup: 20, iterations: 200, budgetMs: 10_000 };

const AVAILABLE_SLOTS = `query ($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: String!) {
  availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: $timeZone) {
    from to therapistTimeZone slots { startsAt endsAt localDate localTime offset } } }`;
const NEXT = `query ($ids: [ID!]!, $timeZone: String!) {
  nextSlots(therapistIds: $ids, timeZone: $timeZone, count: 3) { therapistId slots { startsAt endsAt localDate localTime offset } } }`;

/** Starts the server on a fresh database, seeds it, measures, and always cleans up. */
async function benchGraphql({ progress }) {
  progress('graphql: preparing the database');
  const database = await provisionDatabase({ log: progress });
  const keepDatabase = cleanUpOnInterrupt(() => database.drop());
  let server;
  let keepServer = () => undefined;
  try {
    progress('graphql: starting the API (migrating the database)');
    server = await startApiServer({ databaseUrl: database.url });
    keepServer = cleanUpOnInterrupt(() => server.stop());
    const { baseUrl } = server;
    progress(`graphql: seeding ${THERAPISTS} therapists through the API`);
    const admin = await createAdmin({ baseUrl, databaseUrl: database.url });
    const therapists = await createBookableTherapists({ baseUrl, admin, count: THERAPISTS, busyCount: BUSY_PER_THERAPIST });
    const rows = await measureAll(baseUrl, therapists, progress);
    const notes = [
      `database: ${database.description}`,
      `server: node ${process.version}, NODE_ENV=production, LOG_LEVEL=warn; ${THERAPISTS} therapists, ${therapists[0].busyBlocks} busy blocks each over 4 weeks`,
    ];
    return { rows, notes };
  } finally {
    progress('graphql: stopping the API and removing the database');
    try {
      if (server) await server.stop();
    } finally {
      keepServer();
      await database.drop();
      keepDatabase();
    }
  }
}

async function measureAll(baseUrl, therapists, progress) {
  const [busiest] = therapists;
  // A fixed range for the whole run, starting on the next whole hour.
  const from = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
  const slotsFor = (days) => () =>
    graphql(baseUrl, AVAILABLE_SLOTS, {
      therapistId: busiest.profileId,
      sessionTypeId: busiest.sessionTypeId,
      from: from.toISOString(),
      to: new Date(from.getTime() + days * MS_PER_DAY).toISOString(),
      timeZone: TIME_ZONE,
    });
  const slotCount = (data) => data.availableSlots.slots.length;
  const rows = [];
  for (const [label, days] of [['1 wk', 7], ['4 wk', 28]]) {
    progress(`graphql: availableSlots ${label}, sequential`);
    const sequential = await measureAsync(slotsFor(days), SEQUENTIAL);
    rows.push(row('availableSlots, 1 client', label, sequential, { slots: slotCount(sequential.result), digits: 2 }));
  }
  for (const [label, days] of [['1 wk', 7], ['4 wk', 28]]) {
    progress(`graphql: availableSlots ${label}, ${CONCURRENT.clients} clients`);
    const concurrent = await measureConcurrent(slotsFor(days), CONCURRENT);
    rows.push(row(`availableSlots, ${CONCURRENT.clients} clients`, label, concurrent, { slots: slotCount(concurrent.result), digits: 2 }));
  }
  progress(`graphql: nextSlots for ${therapists.length} therapists`);
  const ids = therapists.map((therapist) => therapist.profileId);
  const next = await measureAsync(() => graphql(baseUrl, NEXT, { ids, timeZone: TIME_ZONE }), NEXT_SLOTS);
  const nextCount = next.result.nextSlots.reduce((sum, entry) => sum + entry.slots.length, 0);
  rows.push(row(`nextSlots, ${ids.length} therapists`, '14 d', next, { slots: nextCount, digits: 2 }));
  return rows;
}

module.exports = { benchGraphql };
