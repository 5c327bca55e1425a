'use strict';
// Timing loops for one size: searchTherapists over HTTP, the engine's
// candidate SQL alone, and the SQL statements one search issues.
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { RequestContext } = require('@mikro-orm/postgresql');
const { API_DIST } = require('../support/database');
const { graphql } = require('../support/graphql-client');
const { timePreparedInTurn } = require('../support/load-clients');
const { median, summarize, timeSequentially } = require('../support/stats');
const { SEARCH, SEARCH_WITH_SESSION_TYPES, engineQueryFor, withInputDefaults } = require('./queries');

/** How many candidates the MatchingService asks the engine for (CANDIDATE_LIMIT in matching.service.ts). */
const CANDIDATE_LIMIT = 400;

/**
 * The HTTP floor: the cheapest operation there is, on the same server, timed in the same turns as
 * the kinds. What any request costs this client and server (the hops between processes, the
 * machine's other work, the server's garbage collection from the searches around it) is in its
 * figures as in theirs. On one 2-vCPU VM its p95 read 1.8–1.9 ms in loops against the machine's
 * PostgreSQL and 0.5 ms in a bench run: a whole state's candidate SQL (p95 0.8–0.9 ms at 100k)
 * allows NY 2.4–2.7 ms, so how much of that the tail takes decides NY's ratio.
 */
const FLOOR = { query: '{ __typename }' };

/**
 * searchTherapists over HTTP for each kind, timed client-side from sending the request to the
 * answer's last byte (prepared-request.js; until the fifty-seventh run, around fetch, reading the
 * body and parsing it): the kinds in turn, call by call (timeInTurn), each kind `plan.iterations` calls with `plan.budgetMs`
 * of the time, as people's searches of different kinds arrive mixed. Until the fifty-sixth run each
 * kind's calls were timed as one batch after the last kind's, and on this kind of VM the same server
 * read NY at p50 / p95 10.0 / 24.2 ms in its batch and 5.9 / 13.8 minutes later in the paging rounds:
 * a batch compared one minute of the VM with another. With `load` (bench/support/load-clients.js),
 * from the clients' process, which holds nothing of the app; else from this one. The HTTP floor
 * (FLOOR) takes its turn with them: `rows`, the kinds', and `floor`, its own.
 */
async function measureHttp({ baseUrl, kinds, plan, progress, load }) {
  progress(`searchTherapists: ${kinds.map((kind) => kind.name).join(', ')}, and ${FLOOR.query}, in turn`);
  const called = [...kinds, FLOOR];
  const inTurn = { ...plan, budgetMs: plan.budgetMs * called.length };
  const job = { baseUrl, query: SEARCH, kinds: called, plan: inTurn };
  const timed = load ? await load.timeInTurn(job) : await timePreparedInTurn(job);
  const floor = timed.pop();
  const rows = kinds.map((kind, index) => {
    const { samples, result } = timed[index];
    const { total, items, engine } = result.searchTherapists;
    const rankOfExpected = items.findIndex((item) => item.therapist.id === kind.expectedTherapistId) + 1 || null;
    return {
      name: kind.name,
      samples,
      summary: summarize(samples),
      engine,
      total,
      shown: items.length,
      expectedTherapistId: kind.expectedTherapistId,
      rankOfExpected,
    };
  });
  return { rows, floor: { name: FLOOR.query, samples: floor.samples, summary: summarize(floor.samples) } };
}

/**
 * A server's computed searches after it sat with nothing sent for `idleSeconds`: the first
 * `searches` one at a time, the kinds in turn (as the latency table times them), then as many
 * again. The latency table times a server straight after its warm-up, busy; people at a quiet
 * hour find it idle. Measured by hand before this phase (100k, one cache-off process, 300
 * searches, eight tries): p95 10.9–16.6 ms busy and 17.8–26.4 after two idle minutes, whether or
 * not V8's memory reducer ran, bytecode was flushed, or the pool kept its connections
 * (bench/search/README.md, the sixty-first run). Each part's samples are the kinds' together.
 */
async function measureAfterIdle({ load, baseUrl, kinds, idleSeconds, searches, progress }) {
  progress(`nothing sent for ${idleSeconds} s, then ${searches} searches one at a time and ${searches} more`);
  await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
  // Every kind in each round, as many rounds as make `searches`; no warm-up, and a time budget no
  // part reaches (the plan crosses to the clients' process as JSON, where Infinity would be null).
  const plan = { warmup: 0, iterations: Math.ceil(searches / kinds.length), budgetMs: 10 * 60_000 };
  const part = async () => summarize((await load.timeInTurn({ baseUrl, query: SEARCH, kinds, plan })).flatMap(({ samples }) => samples));
  const first = await part();
  return { idleSeconds, first, next: await part() };
}

/** The rotation an anonymous search uses today (UTC day), as the app passes the engine (search-engine.port.ts). */
function anonymousRotation() {
  const { rotationFor } = require(join(API_DIST, 'matching/search/search-engine.port.js'));
  return rotationFor(`${new Date().toISOString().slice(0, 10)}:anonymous`);
}

/**
 * The compiled PostgresSearchEngine alone, per kind, on a forked EntityManager: its candidate query
 * (the baseline), and its total with every facet (`facets`), what a search runs beside it.
 */
async function measureEngine({ entityManager, kinds, plan, progress }) {
  const { PostgresSearchEngine } = require(join(API_DIST, 'matching/search/postgres-search-engine.js'));
  const engine = new PostgresSearchEngine(entityManager.fork(), { now: () => new Date() });
  const rotation = anonymousRotation();
  const rows = [];
  for (const kind of kinds) {
    progress(`engine.candidates and countAndFacets: ${kind.name}`);
    const query = await engineQueryFor(kind, entityManager);
    const { samples, result } = await timeSequentially(() => engine.candidates(query, CANDIDATE_LIMIT, rotation), plan);
    const facets = await timeSequentially(() => engine.countAndFacets(query), plan);
    rows.push({ name: kind.name, samples, summary: summarize(samples), candidates: result.length, query, facets: { samples: facets.samples, summary: summarize(facets.samples), total: facets.result.total } });
  }
  return rows;
}

/**
 * SQL statements the app sends for one search, on the app's knex. Only those
 * inside a MikroORM request context count: the app opens one per HTTP request,
 * and background work sharing the knex (the outbox poller every 2 s) runs
 * outside any. One request is in flight, so they are all this search's.
 */
async function countStatements({ baseUrl, entityManager, input, document = SEARCH, token }) {
  const knex = entityManager.getKnex();
  let statements = 0;
  let outside = 0;
  const listener = () => (RequestContext.currentRequestContext() ? statements++ : outside++);
  knex.on('query', listener);
  try {
    await graphql(baseUrl, document, { input: withInputDefaults(input) }, token);
  } finally {
    knex.removeListener('query', listener);
  }
  if (statements === 0) throw new Error(`no statement ran in a request context (${outside} outside one): the count cannot tell the search's own`);
  return statements;
}

/**
 * Statements per search for page sizes 10 and 50, with the card shape and with sessionTypes
 * selected: on the app with the cache off (every search computed), and on the cached app once the
 * search is kept (its second call).
 */
async function measureStatements({ app, coldApp }) {
  const count = (target, first, document) => countStatements({ baseUrl: target.baseUrl, entityManager: target.entityManager(), input: { jurisdiction: 'NY', first }, document });
  const kept = async (first) => {
    await count(app, first);
    return count(app, first);
  };
  return {
    card: { 10: await count(coldApp, 10), 50: await count(coldApp, 50) },
    withSessionTypes: { 10: await count(coldApp, 10, SEARCH_WITH_SESSION_TYPES), 50: await count(coldApp, 50, SEARCH_WITH_SESSION_TYPES) },
    kept: { 10: await kept(10), 50: await kept(50) },
  };
}

/**
 * The concurrency curve: `clients` loops, each sending the next search as soon as
 * its last one answered, for `seconds`; the directory kinds and matching in turn.
 * The loops run in `load`'s process (bench/support/load-clients.js), not this one.
 * Throughput is completed searches per second of wall time. `writes`, when given,
 * runs beside them: `write()` every `everyMs` (each waits for the last), as bookings
 * change the read model while people search; the rows say how many were written.
 */
async function measureConcurrency({ load, baseUrl, kinds, clientCounts, seconds, progress, writes }) {
  const rows = [];
  for (const clients of clientCounts) {
    progress(`concurrency: ${clients} client(s) for ${seconds} s${writes ? `, a write every ${writes.everyMs} ms` : ''}`);
    let written = 0;
    let loopsDone = false;
    let writer = Promise.resolve();
    const loops = load.run({
      baseUrl,
      query: SEARCH,
      kinds,
      clients,
      seconds,
      onStarted: () => {
        writer = (async () => {
          while (writes && !loopsDone) {
            const due = performance.now() + writes.everyMs;
            await writes.write();
            written += 1;
            await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
          }
        })();
      },
    });
    let result;
    try {
      result = await loops;
    } finally {
      loopsDone = true;
      await writer;
    }
    const { samples, seconds: wallSeconds } = result;
    rows.push({ clients, samples, summary: summarize(samples), perSecond: samples.length / wallSeconds, seconds: wallSeconds, written });
  }
  return rows;
}

/** The page the goal names ("page 10 costs no more than page 1", issue #12). */
const PAGING_PAGE = 10;

/**
 * Page 1, page PAGING_PAGE and the last page of each kind that has more than PAGING_PAGE pages of
 * its size (its `first`), each by the cursor a client reaches following `nextCursor` from page 1;
 * one request at a time from the load clients' process, the three pages in turn call by call
 * (timeInTurn), in `rounds` rounds of `plan` each. Each page pools its rounds' samples; `shown` is
 * how many therapists its last call showed.
 */
async function measurePaging({ load, baseUrl, kinds, plan, rounds, progress }) {
  const rows = [];
  for (const kind of kinds) {
    // Every page's input, following the cursors to the last page.
    const inputs = [kind.input];
    for (;;) {
      const { searchTherapists } = await graphql(baseUrl, SEARCH, { input: inputs[inputs.length - 1] }, kind.token);
      if (searchTherapists.nextCursor === null) break;
      inputs.push({ ...kind.input, after: searchTherapists.nextCursor });
    }
    if (inputs.length <= PAGING_PAGE) continue; // no page past page PAGING_PAGE to compare with
    const pages = [1, PAGING_PAGE, inputs.length].map((page) => ({ page, kind: { ...kind, input: inputs[page - 1] }, samples: [], shown: 0 }));
    for (let round = 0; round < rounds; round++) {
      progress(`paging: ${kind.name}, round ${round + 1} of ${rounds}`);
      const timed = await load.timeInTurn({ baseUrl, query: SEARCH, kinds: pages.map((at) => at.kind), plan });
      pages.forEach((at, index) => {
        at.samples.push(...timed[index].samples);
        at.shown = timed[index].result.searchTherapists.items.length;
      });
    }
    rows.push({ name: kind.name, pages: pages.map(({ page, samples, shown }) => ({ page, samples, summary: summarize(samples), shown })) });
  }
  return rows;
}

/**
 * Several ways of serving the same load (`ways`: a server, and writes beside it or none), each
 * `clients` strong, measured in turn for `seconds` a round, `rounds` rounds, the order turned each
 * round: this kind of VM drifts by a third within minutes, so ways measured one after the other
 * compared fast minutes with slow ones. Each way's samples and writes are pooled over its rounds;
 * `vsFirst` is the median of the rounds' throughput ratios to the first way.
 */
async function measureInterleaved({ load, ways, kinds, clients, seconds, rounds, progress }) {
  const pooled = ways.map(() => ({ samples: [], seconds: 0, written: 0, perRound: [] }));
  for (let round = 0; round < rounds; round++) {
    const order = ways.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) {
      const way = ways[index];
      progress(`round ${round + 1} of ${rounds}: ${way.how}`);
      const [row] = await measureConcurrency({ load, baseUrl: way.baseUrl, kinds, clientCounts: [clients], seconds, progress: () => undefined, writes: way.writes });
      const into = pooled[index];
      into.samples.push(...row.samples);
      into.seconds += row.seconds;
      into.written += row.written;
      into.perRound.push(row.perSecond);
    }
  }
  return ways.map((way, index) => {
    const { samples, seconds: total, written, perRound } = pooled[index];
    return {
      how: way.how,
      clients,
      summary: summarize(samples),
      perSecond: samples.length / total,
      written,
      vsFirst: median(perRound.map((perSecond, round) => perSecond / pooled[0].perRound[round])),
    };
  });
}

module.exports = { CANDIDATE_LIMIT, PAGING_PAGE, anonymousRotation, measureAfterIdle, measureConcurrency, measureEngine, measureHttp, measureInterleaved, measurePaging, measureStatements };
