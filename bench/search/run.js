'use strict';
// Production settings, as the API runs for users. Set before anything loads graphql-js, which
// reads NODE_ENV once: outside production its instanceOf adds a cross-realm check to every
// type test (about 15 % of a kept search's CPU in this process).
process.env.NODE_ENV = 'production';
// Search benchmark: prints figures, asserts none (timings depend on the machine).
//   npm run bench:search                      embedded PostgreSQL of its own
//   DATABASE_URL=postgres://… npm run …       a fresh database on that server
// Seeds 10,000 then 100,000 demo therapists and, at each size, times
// searchTherapists over HTTP against the real app (started in this process),
// the engine's candidate SQL alone as the baseline, each step of one search
// alone (where the rest of the time goes), and counts SQL statements per search.
const { randomBytes } = require('node:crypto');
const os = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { startApp } = require('./app');
const { startApiServer } = require('../support/api-server');
const { startLoadClients } = require('../support/load-clients');
const { provisionDatabase } = require('../support/database');
const { measureConcurrency, measureEngine, measureHttp, measureInterleaved, measurePaging, measureStatements } = require('./measure');
const { measurePhases } = require('./phases');
const { SEARCH, directoryMix, findNameToMisspell, matchingKind, signUpMatchingClient, unseenWordKinds, withInputDefaults } = require('./queries');
const { goalsReport, seedingTable, sizeReport } = require('./report');
const { seedUpTo } = require('./seed');
const { cleanUpOnInterrupt, wasInterrupted } = require('../support/cleanup');
const { API_DIST, withClient } = require('../support/database');
const { graphql } = require('../support/graphql-client');
const { summarize } = require('../support/stats');

/**
 * Per size: how many therapists, and the loops (warm-up and timed calls per
 * query kind, each with a time budget so the whole run stays near 10 minutes
 * on 2 cores; `n` in the tables shows how many calls were timed).
 */
const SIZES = [
  {
    label: '10k',
    target: 10_000,
    http: { warmup: 5, iterations: 200, budgetMs: 25_000 },
    engine: { warmup: 10, iterations: 200, budgetMs: 5_000 },
    phases: { warmup: 2, iterations: 20, budgetMs: 5_000 },
    concurrencySeconds: 8,
  },
  {
    label: '100k',
    target: 100_000,
    http: { warmup: 5, iterations: 200, budgetMs: 25_000 },
    engine: { warmup: 5, iterations: 200, budgetMs: 8_000 },
    phases: { warmup: 2, iterations: 20, budgetMs: 5_000 },
    concurrencySeconds: 10,
  },
];

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
/** Bookings while people search: one every 250 ms is 14,400 an hour (100k therapists at about 20 sessions a week average 12,000). */
const BOOKING_EVERY_MS = 250;
const LAG_SECONDS = 30;
/** The booking phase's rounds: each of its three ways is loaded this long a round, in turn. */
const BOOKING_ROUNDS = 4;
const BOOKING_ROUND_SECONDS = 5;
/**
 * Page 1 against page 10 and the last page of each kind (measurePaging): 4 rounds of 50 calls a
 * page, the three pages in turn call by call, so the VM's drift within a minute falls on each
 * alike (8 s a page a round at most, as when each page's calls were timed in a batch of their own).
 */
const PAGING = { plan: { warmup: 2, iterations: 50, budgetMs: 24_000 }, rounds: 4 };

async function main() {
  const startedAt = performance.now();
  const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown';
  const header = `search bench: node ${process.version}, ${os.cpus().length} CPUs (${cpu}), load average at start ${load()}`;

  progress('preparing the database');
  const database = await provisionDatabase({ log: progress, label: 'bench-search' });
  const keepDatabase = cleanUpOnInterrupt(() => database.drop());
  let app;
  let coldApp;
  let servers;
  let clients;
  let keepApp = () => undefined;
  // One throwaway key for every process of this run: the matching client's intake is sealed by one and read by the others.
  const keys = { DATA_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}` };
  try {
    progress('migrating');
    const { migrate } = require(join(API_DIST, 'database/database-connection.js'));
    await migrate(database.url);

    const seedings = [];
    const reports = [];
    // The last size's figures, which the goals' table reads.
    let measured;
    let kinds;
    for (const size of SIZES) {
      seedings.push({ label: size.label, ...(await seedUpTo({ databaseUrl: database.url, target: size.target, label: size.label })) });
      if (!app) {
        progress('starting the app (in this process, NODE_ENV=production, LOG_LEVEL=silent)');
        app = await startApp({ databaseUrl: database.url, env: keys });
        // The same app with the search cache off (SEARCH_CACHE_SECONDS=0): every search computed afresh.
        coldApp = await startApp({ databaseUrl: database.url, env: { ...keys, SEARCH_CACHE_SECONDS: '0' } });
        // The curves' clients, in a process of their own that loads nothing of the app (see load-clients.js).
        clients = startLoadClients();
        keepApp = cleanUpOnInterrupt(() => Promise.all([app.close(), coldApp.close(), ...Object.values(servers ?? {}).map((server) => server.stop()), clients.stop()]));
        // The same queries at both sizes: therapist numbering is stable, so the misspelled name stays findable.
        const misspelled = await findNameToMisspell(database.url);
        const client = await signUpMatchingClient(app.baseUrl);
        kinds = [...directoryMix(misspelled), matchingKind(client)];
        progress(`misspelled name: "${misspelled.name}" → "${misspelled.typo}" (${misspelled.jurisdiction})`);
      }
      progress(`${size.label}: computing every availability summary (the daily roll's work)`);
      const summaryStarted = performance.now();
      const summaries = await app.refreshSummaries();
      // What autovacuum does in a running system: seeding wrote each row once per source table.
      await app.entityManager().getConnection().execute('vacuum analyze therapist_search');
      seedings[seedings.length - 1].summaries = { count: summaries, seconds: (performance.now() - summaryStarted) / 1000 };
      // The concurrency curves run against the API in processes of their own, as clients reach it:
      // a client's fetch and JSON parsing on the server's event loop measured the bench, not the API.
      // Started afresh at each size, on the seeded rows and their summaries, and timed once they have
      // warmed their search (SEARCH_WARM_ON_START, as `npm start` does): a process serving a directory
      // holds its rows; until the forty-seventh run these started at 10k and had read none of the 90,000 added.
      if (servers) await Promise.all(Object.values(servers).map((server) => server.stop()));
      progress(`${size.label}: starting the API in processes of its own (cache on, cache off, each also as ${SPREAD_PROCESSES} processes, lagging) and waiting for them to warm their search`);
      servers = await startCurveServers(database.url, keys);
      // Their code compiled as a process that has served for a while has it (V8 optimizes what runs
      // often): until the forty-seventh run they had served the 10k phase before the 100k one.
      progress(`${size.label}: ${SERVED_SECONDS} s of searches against each before it is timed`);
      // A spread server's processes share its searches: each serves as long in all as a lone process.
      for (const server of Object.values(servers)) await clients.run({ baseUrl: server.baseUrl, query: SEARCH, kinds, clients: 8, seconds: SERVED_SECONDS * server.processes });
      measured = await measureSize({ app, coldApp, servers, load: clients, size, kinds, databaseUrl: database.url, keys });
      reports.push(sizeReport(measured));
    }

    const notes = [
      `database: ${database.description}`,
      'searchTherapists tables: the compiled API as `npm start` runs it (bench/support/api-server.js, NODE_ENV=production, warmed), timed from the load clients\' process, one request at a time, the kinds in turn call by call, from sending the prepared request (node:http, kept-alive connection) to the answer\'s last byte; the reference table, the compiled app (createApp) in this process; the SQL tables, the engine on that app\'s EntityManager',
      'directory kinds are anonymous; "matching from intake" is a signed-up CLIENT (intake: ANXIETY 3, DEPRESSION 2, STRESS 1; NY, VIDEO, en, <= $180, CBT) with useMyIntake',
      `load average at end ${load()}; total ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
    ];
    process.stdout.write(`${header}\n\n${seedingTable(seedings)}\n\n${reports.join('\n\n')}\n\n${goalsReport(measured)}\n\n${notes.map((note) => `  ${note}`).join('\n')}\n`);
  } finally {
    progress('stopping the app and removing the database');
    try {
      if (app) await app.close();
      if (coldApp) await coldApp.close();
      if (servers) await Promise.all(Object.values(servers).map((server) => server.stop()));
      clients?.stop();
    } finally {
      keepApp();
      await database.drop();
      keepDatabase();
    }
  }
}

/**
 * How many API processes the spread curves run (API_PROCESSES): one a core, as a machine serving
 * the API alone would (here PostgreSQL and the load clients share those cores).
 */
const SPREAD_PROCESSES = Math.max(2, os.availableParallelism());

/** The APIs the curves load, each as `npm start` runs it (with its number of `processes`), resolved once each has warmed its search. */
async function startCurveServers(databaseUrl, keys) {
  const start = async (env, processes = 1) => ({ ...(await startApiServer({ databaseUrl, env: { ...keys, ...env, API_PROCESSES: String(processes) } })), processes });
  return {
    on: await start({}),
    off: await start({ SEARCH_CACHE_SECONDS: '0' }),
    // The same, as SPREAD_PROCESSES processes on one port.
    onSpread: await start({}, SPREAD_PROCESSES),
    offSpread: await start({ SEARCH_CACHE_SECONDS: '0' }, SPREAD_PROCESSES),
    // Kept answers that may outlive a booking's change to open times by up to 30 s.
    lagging: await start({ SEARCH_AVAILABILITY_LAG_SECONDS: String(LAG_SECONDS) }),
  };
}

async function measureSize({ app, coldApp, servers, load, size, kinds, databaseUrl, keys }) {
  const label = `${size.target.toLocaleString('en-US')} therapists`;
  const sizeProgress = (message) => progress(`${size.label}: ${message}`);
  const coldProgress = (message) => progress(`${size.label}, cache off: ${message}`);
  const entityManager = app.entityManager();
  // The API as `npm start` runs it, in a process of its own, timed from the clients' process, as the
  // curves are: until the forty-seventh run these were the apps in this process, which also hold
  // the seeder's leftovers and each other. The cache-off app here is timed too, as a reference.
  const httpCold = await measureHttp({ load, baseUrl: servers.off.baseUrl, kinds, plan: size.http, progress: coldProgress });
  const http = await measureHttp({ load, baseUrl: servers.on.baseUrl, kinds, plan: size.http, progress: sizeProgress });
  const httpColdInProcess = await measureHttp({ baseUrl: coldApp.baseUrl, kinds, plan: size.http, progress: (message) => coldProgress(`in this process: ${message}`) });
  // Page 1 against a later page, for the goal "page 10 costs no more than page 1": both servers.
  const pagingCold = await measurePaging({ load, baseUrl: servers.off.baseUrl, kinds, ...PAGING, progress: coldProgress });
  const paging = await measurePaging({ load, baseUrl: servers.on.baseUrl, kinds, ...PAGING, progress: sizeProgress });
  const engine = await measureEngine({ entityManager, kinds, plan: size.engine, progress: sizeProgress });
  const phases = await measurePhases({ entityManager, kind: kinds[0], plan: size.phases, progress: sizeProgress });
  sizeProgress('counting statements per search');
  const statements = await measureStatements({ app, coldApp });
  const concurrencyCold = await measureConcurrency({ load, baseUrl: servers.off.baseUrl, kinds, clientCounts: [1, 4, 8, 16], seconds: size.concurrencySeconds, progress: coldProgress });
  const spreadProgress = (progress) => (message) => progress(`${SPREAD_PROCESSES} API processes: ${message}`);
  const concurrencyColdSpread = await measureConcurrency({ load, baseUrl: servers.offSpread.baseUrl, kinds, clientCounts: [1, 4, 8, 16], seconds: size.concurrencySeconds, progress: spreadProgress(coldProgress) });
  const concurrencyUnseenWords = await measureUnseenWords({ load, baseUrl: servers.off.baseUrl, databaseUrl, seconds: size.concurrencySeconds, progress: coldProgress });
  const justStarted = await measureJustStarted({ load, databaseUrl, keys, progress: coldProgress });
  const concurrency = await measureConcurrency({ load, baseUrl: servers.on.baseUrl, kinds, clientCounts: [1, 4, 8, 16], seconds: size.concurrencySeconds, progress: sizeProgress });
  const concurrencySpread = await measureConcurrency({ load, baseUrl: servers.onSpread.baseUrl, kinds, clientCounts: [1, 4, 8, 16], seconds: size.concurrencySeconds, progress: spreadProgress(sizeProgress) });
  // The directory kinds alone (anonymous): whole answers kept, none signed in.
  const directory = kinds.filter((kind) => !kind.token);
  const concurrencyDirectory = await measureConcurrency({ load, baseUrl: servers.on.baseUrl, kinds: directory, clientCounts: [1, 4, 8, 16], seconds: size.concurrencySeconds, progress: sizeProgress });
  // While bookings land: each write takes a random therapist's first open time, as a booking does
  // (the ranking counter of the therapist's states' groups moves), every BOOKING_EVERY_MS; exact
  // kept answers, then lagging ones, and the same server with no bookings, interleaved in rounds.
  const concurrencyWhileBooking = await withClient(databaseUrl, async (client) => {
    const { rows: listed } = await client.query(`select therapist_id from therapist_search where cardinality(open_slot_starts) > 1`);
    const writes = {
      everyMs: BOOKING_EVERY_MS,
      write: () => client.query(`update therapist_search set open_slot_starts = open_slot_starts[2:] where therapist_id = $1 and cardinality(open_slot_starts) > 1`, [listed[Math.floor(Math.random() * listed.length)].therapist_id]),
    };
    const ways = [
      { baseUrl: servers.on.baseUrl, how: 'no bookings (the same server)', writes: undefined },
      { baseUrl: servers.on.baseUrl, how: 'kept answers exact (SEARCH_AVAILABILITY_LAG_SECONDS=0)', writes },
      { baseUrl: servers.lagging.baseUrl, how: `SEARCH_AVAILABILITY_LAG_SECONDS=${LAG_SECONDS}`, writes },
    ];
    const rows = await measureInterleaved({ load, ways, kinds, clients: 8, seconds: BOOKING_ROUND_SECONDS, rounds: BOOKING_ROUNDS, progress: sizeProgress });
    return rows.map((row) => ({ ...row, everyMs: BOOKING_EVERY_MS, rounds: BOOKING_ROUNDS, roundSeconds: BOOKING_ROUND_SECONDS }));
  });
  const spread = { processes: SPREAD_PROCESSES, cold: concurrencyColdSpread, kept: concurrencySpread };
  return { label, http, httpCold, httpColdInProcess, engine, phases, statements, paging, pagingCold, concurrency, concurrencyCold, spread, concurrencyUnseenWords, justStarted, concurrencyDirectory, concurrencyWhileBooking };
}

/** One search of each state, no words, one at a time (what reads a state's rows into an API process that does not hold them): each one's milliseconds. */
async function searchEachState(baseUrl, states) {
  const times = [];
  for (const jurisdiction of states) {
    const started = performance.now();
    await graphql(baseUrl, SEARCH, { input: withInputDefaults({ jurisdiction, first: 10 }) });
    times.push(performance.now() - started);
  }
  return times;
}

/** Every state with a listed therapist. */
async function listedStates(databaseUrl) {
  return withClient(databaseUrl, async (client) => (await client.query(`select distinct jurisdiction from therapist_search_states order by 1`)).rows.map((row) => row.jurisdiction));
}

/** How long the curves' API processes serve the kinds before anything is timed against them. */
const SERVED_SECONDS = 10;

/** The just-started comparison: its rounds, and how long each process searches words in a round. */
const JUST_STARTED_ROUNDS = 4;
const JUST_STARTED_SECONDS = 5;

/**
 * A process just started, as after a deploy, with its search warmed (SEARCH_WARM_ON_START, as
 * `npm start` runs it) and without: a fresh cache-off API process per way and round, the ways in
 * turn and the order turned each round (PostgreSQL's own caches warm as the run goes). In each:
 * every state's first search (no words), then 1 client on words it has not matched (the first
 * half of unseenWordKinds, from another place each round) for a few seconds. The warmed process is
 * loaded once it says it has warmed; the other once it listens.
 */
async function measureJustStarted({ load, databaseUrl, keys, progress }) {
  const states = await listedStates(databaseUrl);
  const [words] = unseenWordKinds(states);
  const ways = [
    { how: 'warmed (SEARCH_WARM_ON_START=true)', warm: true, firsts: [], samples: [], seconds: 0 },
    { how: 'not warmed (SEARCH_WARM_ON_START=false)', warm: false, firsts: [], samples: [], seconds: 0 },
  ];
  for (let round = 0; round < JUST_STARTED_ROUNDS; round++) {
    const from = Math.floor((round * words.length) / JUST_STARTED_ROUNDS);
    const kinds = [...words.slice(from), ...words.slice(0, from)];
    for (const way of round % 2 === 0 ? ways : [...ways].reverse()) {
      progress(`a process just started, round ${round + 1} of ${JUST_STARTED_ROUNDS}: ${way.how}`);
      const server = await startApiServer({ databaseUrl, env: { ...keys, SEARCH_CACHE_SECONDS: '0', SEARCH_WARM_ON_START: String(way.warm) }, warm: way.warm });
      try {
        way.firsts.push(...(await searchEachState(server.baseUrl, states)));
        const { samples, seconds } = await load.run({ baseUrl: server.baseUrl, query: SEARCH, kinds, clients: 1, seconds: JUST_STARTED_SECONDS });
        way.samples.push(...samples);
        way.seconds += seconds;
      } finally {
        await server.stop();
      }
    }
  }
  return ways.map((way) => ({ how: way.how, firsts: summarize(way.firsts), words: summarize(way.samples), perSecond: way.samples.length / way.seconds, rounds: JUST_STARTED_ROUNDS, roundSeconds: JUST_STARTED_SECONDS }));
}

/**
 * Searches with words the API has not matched before (cache off): 1 client, then 8, each on a half
 * of the state-and-words kinds (unseenWordKinds). Every state's rows are read into the process first,
 * one search each without words, as a long-running API holds them; then 8 clients search every state
 * with other words for a few seconds, so each of the API's pooled connections has opened the states'
 * text partitions (a backend's first statement on a partition and its indexes loads their catalog
 * entries: 11–20 ms of planning, where a warm one plans in 0.2 ms), as a long-running API's have:
 * the words are what is measured.
 */
async function measureUnseenWords({ load, baseUrl, databaseUrl, seconds, progress }) {
  const states = await listedStates(databaseUrl);
  progress(`words not seen before: reading ${states.length} states' rows into the API first`);
  await searchEachState(baseUrl, states);
  const otherWords = ['therapy', 'counseling', 'support'].flatMap((text) => states.map((jurisdiction) => ({ input: withInputDefaults({ jurisdiction, text, first: 10 }) })));
  await load.run({ baseUrl, query: SEARCH, kinds: otherWords, clients: 8, seconds: 5 });
  const [forOne, forEight] = unseenWordKinds(states);
  const rows = [];
  for (const [clients, kinds] of [[1, forOne], [8, forEight]]) {
    const [row] = await measureConcurrency({ load, baseUrl, kinds, clientCounts: [clients], seconds, progress: (message) => progress(`words not seen before: ${message}`) });
    rows.push({ ...row, kinds: kinds.length });
  }
  return rows;
}

main().catch((error) => {
  if (wasInterrupted()) return;
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
  process.exitCode = 1;
});
