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
const { measureAfterIdle, measureConcurrency, measureEngine, measureHttp, measureInterleaved, measurePaging, measureStatements } = require('./measure');
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
    // The cache-off server's searches after two minutes with nothing sent (measureAfterIdle): at the goals' size only.
    afterIdle: { idleSeconds: 120, searches: 300 },
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
        keepApp = cleanUpOnInterrupt(() => Promise.all([app.close(), coldApp.close(), ...[...running].map((server) => server.stop()), clients.stop()]));
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
      measured = await measureSize({ app, coldApp, load: clients, size, kinds, databaseUrl: database.url, keys });
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
      await Promise.all([...running].map((server) => server.stop()));
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

/** The API processes this run has running: each server is stopped once its phases end, every one on an interrupt. */
const running = new Set();

/**
 * The API as `npm start` runs it, in processes of its own (`processes` of them on one port), on the
 * seeded rows and their summaries, for `work` alone: started once the size is seeded, loaded once it
 * has warmed its search (SEARCH_WARM_ON_START, as `npm start` does), then served the kinds for
 * SERVED_SECONDS a process before anything is timed (V8 optimizes what runs often, as in a process
 * that has served for a while), and stopped when `work` is done. Clients reach it from the load
 * clients' process: a client's fetch and JSON parsing on the server's event loop measured the bench.
 * Until the fifty-eighth run the five servers of a size ran side by side from its start to its end,
 * and an idle one's V8 memory reducer (a full collection half a minute to a minute and a half after
 * its last search, 0.3–0.9 s of CPU at once in each process of it) landed in another's timed table:
 * on this 2-vCPU VM both processes of an idle spread server did so together, twice, in the cache-off
 * latency and paging tables. A machine serving the API runs no idle copies of it beside the busy one.
 */
async function withServer({ databaseUrl, keys, load, kinds, progress, env, processes = 1 }, work) {
  progress(`starting the API (${processes} process${processes === 1 ? '' : 'es'}${Object.entries(env).map(([key, value]) => `, ${key}=${value}`).join('')}), then ${SERVED_SECONDS * processes} s of searches before it is timed`);
  const server = await startApiServer({ databaseUrl, env: { ...keys, ...env, API_PROCESSES: String(processes) } });
  running.add(server);
  try {
    // A spread server's processes share its searches: each serves as long in all as a lone process.
    await load.run({ baseUrl: server.baseUrl, query: SEARCH, kinds, clients: 8, seconds: SERVED_SECONDS * processes });
    return await work(server.baseUrl);
  } finally {
    running.delete(server);
    await server.stop();
  }
}

const CACHE_OFF = { SEARCH_CACHE_SECONDS: '0' };
const CACHE_ON = {};
/** Kept answers that may outlive a booking's change to open times by up to 30 s. */
const LAGGING = { SEARCH_AVAILABILITY_LAG_SECONDS: String(LAG_SECONDS) };
const CLIENT_COUNTS = [1, 4, 8, 16];

/**
 * One size's figures. Each API server runs only for its own phases (withServer): cache off as one
 * process (latency, paging, the curve, words not seen before, and at the largest size its searches
 * after two idle minutes), then as SPREAD_PROCESSES; the
 * reference app in this process, the engine and the statements with no API process running; a
 * process just started; cache on as one process (latency, paging, the curves, and with a lagging
 * server beside it, the rounds while bookings land), then as SPREAD_PROCESSES.
 */
async function measureSize({ app, coldApp, load, size, kinds, databaseUrl, keys }) {
  const label = `${size.target.toLocaleString('en-US')} therapists`;
  const sizeProgress = (message) => progress(`${size.label}: ${message}`);
  const coldProgress = (message) => progress(`${size.label}, cache off: ${message}`);
  const spreadProgress = (progress) => (message) => progress(`${SPREAD_PROCESSES} API processes: ${message}`);
  const serve = (env, processes, serverProgress, work) => withServer({ databaseUrl, keys, load, kinds, progress: serverProgress, env, processes }, work);
  const curve = (baseUrl, curveProgress, curveKinds = kinds) => measureConcurrency({ load, baseUrl, kinds: curveKinds, clientCounts: CLIENT_COUNTS, seconds: size.concurrencySeconds, progress: curveProgress });
  const entityManager = app.entityManager();
  // The API as `npm start` runs it, in a process of its own, timed from the clients' process, as the
  // curves are: until the forty-seventh run these were the apps in this process, which also hold
  // the seeder's leftovers and each other. The cache-off app here is timed too, as a reference.
  // Page 1 against a later page, for the goal "page 10 costs no more than page 1": both servers.
  const cold = await serve(CACHE_OFF, 1, coldProgress, async (baseUrl) => {
    const { rows: httpCold, floor: floorCold } = await measureHttp({ load, baseUrl, kinds, plan: size.http, progress: coldProgress });
    return {
      httpCold,
      floorCold,
      pagingCold: await measurePaging({ load, baseUrl, kinds, ...PAGING, progress: coldProgress }),
      concurrencyCold: await curve(baseUrl, coldProgress),
      concurrencyUnseenWords: await measureUnseenWords({ load, baseUrl, databaseUrl, seconds: size.concurrencySeconds, progress: coldProgress }),
      afterIdle: size.afterIdle ? await measureAfterIdle({ load, baseUrl, kinds, ...size.afterIdle, progress: coldProgress }) : null,
    };
  });
  const concurrencyColdSpread = await serve(CACHE_OFF, SPREAD_PROCESSES, spreadProgress(coldProgress), (baseUrl) => curve(baseUrl, spreadProgress(coldProgress)));
  const { rows: httpColdInProcess, floor: floorColdInProcess } = await measureHttp({ baseUrl: coldApp.baseUrl, kinds, plan: size.http, progress: (message) => coldProgress(`in this process: ${message}`) });
  const engine = await measureEngine({ entityManager, kinds, plan: size.engine, progress: sizeProgress });
  const phases = await measurePhases({ entityManager, kind: kinds[0], plan: size.phases, progress: sizeProgress });
  sizeProgress('counting statements per search');
  const statements = await measureStatements({ app, coldApp });
  const justStarted = await measureJustStarted({ load, databaseUrl, keys, progress: coldProgress });
  const kept = await serve(CACHE_ON, 1, sizeProgress, async (baseUrl) => {
    const { rows: http, floor } = await measureHttp({ load, baseUrl, kinds, plan: size.http, progress: sizeProgress });
    return {
      http,
      floor,
      paging: await measurePaging({ load, baseUrl, kinds, ...PAGING, progress: sizeProgress }),
      concurrency: await curve(baseUrl, sizeProgress),
      // The directory kinds alone (anonymous): whole answers kept, none signed in.
      concurrencyDirectory: await curve(baseUrl, sizeProgress, kinds.filter((kind) => !kind.token)),
      concurrencyWhileBooking: await serve(LAGGING, 1, sizeProgress, (laggingUrl) => measureWhileBooking({ load, baseUrl, laggingUrl, kinds, databaseUrl, progress: sizeProgress })),
    };
  });
  const concurrencySpread = await serve(CACHE_ON, SPREAD_PROCESSES, spreadProgress(sizeProgress), (baseUrl) => curve(baseUrl, spreadProgress(sizeProgress)));
  const spread = { processes: SPREAD_PROCESSES, cold: concurrencyColdSpread, kept: concurrencySpread };
  return { label, ...cold, ...kept, httpColdInProcess, floorColdInProcess, engine, phases, statements, spread, justStarted };
}

/**
 * While bookings land: each write takes a random therapist's first open time, as a booking does (the
 * ranking counter of the therapist's states' groups moves), every BOOKING_EVERY_MS; exact kept
 * answers (`baseUrl`), then lagging ones (`laggingUrl`), and the first server with no bookings,
 * interleaved in rounds.
 */
async function measureWhileBooking({ load, baseUrl, laggingUrl, kinds, databaseUrl, progress }) {
  return withClient(databaseUrl, async (client) => {
    const { rows: listed } = await client.query(`select therapist_id from therapist_search where cardinality(open_slot_starts) > 1`);
    const writes = {
      everyMs: BOOKING_EVERY_MS,
      write: () => client.query(`update therapist_search set open_slot_starts = open_slot_starts[2:] where therapist_id = $1 and cardinality(open_slot_starts) > 1`, [listed[Math.floor(Math.random() * listed.length)].therapist_id]),
    };
    const ways = [
      { baseUrl, how: 'no bookings (the same server)', writes: undefined },
      { baseUrl, how: 'kept answers exact (SEARCH_AVAILABILITY_LAG_SECONDS=0)', writes },
      { baseUrl: laggingUrl, how: `SEARCH_AVAILABILITY_LAG_SECONDS=${LAG_SECONDS}`, writes },
    ];
    const rows = await measureInterleaved({ load, ways, kinds, clients: 8, seconds: BOOKING_ROUND_SECONDS, rounds: BOOKING_ROUNDS, progress });
    return rows.map((row) => ({ ...row, everyMs: BOOKING_EVERY_MS, rounds: BOOKING_ROUNDS, roundSeconds: BOOKING_ROUND_SECONDS }));
  });
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
