'use strict';
// Concurrent clients in a process of their own, as a load generator runs beside a server.
// The search bench's own process holds the app twice (its timed loops call it in-process), and
// on Node 20 every AsyncLocalStorage store the app enables (MikroORM's and the request context's)
// taxes every promise that process makes: fetch in that process cost a kept search 1.35–1.67 ms
// of client CPU, against 1.06–1.15 in a process of its own (same server, same kinds, 8 clients).
// On 2 cores the clients' CPU is the server's loss, so the curves measured the bench as much as
// the API. Here the clients load nothing of the app, and send each kind's request as a load
// generator does (prepared-request.js: its bytes built once, node:http on kept-alive connections,
// each answer checked for errors; until the fifty-seventh run, fetch and JSON.parse of every answer).
const { fork } = require('node:child_process');
const { performance } = require('node:perf_hooks');
const { prepareGraphql } = require('./prepared-request');
const { timeInTurn } = require('./stats');

/**
 * A child process that runs `clients` loops against `baseUrl`, each sending the next query as soon
 * as its last one answered (kinds taken in turn across clients), for `seconds`, and returns every
 * call's milliseconds. `onStarted` is called once the loops start (what runs beside them starts then).
 */
function startLoadClients() {
  const child = fork(__filename, ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let nextId = 0;
  let exited = null;
  child.on('message', (message) => {
    const run = pending.get(message.id);
    if (!run) return;
    if (message.started) return run.onStarted?.();
    pending.delete(message.id);
    if (message.error) run.reject(new Error(`load clients: ${message.error}`));
    else run.resolve({ samples: message.samples, seconds: message.seconds, result: message.result });
  });
  child.on('exit', (code, signal) => {
    exited = `the load clients' process exited (${signal ?? code})`;
    for (const run of pending.values()) run.reject(new Error(exited));
    pending.clear();
  });
  /** Sends the child one job; settles with its answer (`onStarted` once its loops start). */
  const ask = (job, onStarted) => {
    if (exited) return Promise.reject(new Error(exited));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, onStarted });
      child.send({ id, ...job });
    });
  };
  /** What the child needs of each kind (its name, client and expectations stay here). */
  const sent = (kinds) => kinds.map(({ input, token, query }) => ({ input, token, query }));
  return {
    run({ baseUrl, query, kinds, clients, seconds, onStarted }) {
      return ask({ baseUrl, query, kinds: sent(kinds), clients, seconds }, onStarted);
    },
    /** Several kinds timed in turn in this process, as one client (timeInTurn): each kind's samples and last call's data, in order. */
    timeInTurn({ baseUrl, query, kinds, plan }) {
      return ask({ inTurn: true, baseUrl, query, kinds: sent(kinds), plan }).then(({ result }) => result);
    },
    stop() {
      if (!exited) child.kill();
    },
  };
}

/** Each kind's request, prepared once for a job's calls: the job's query, or a kind's own. */
const prepared = ({ baseUrl, query, kinds }) => kinds.map((kind) => prepareGraphql(baseUrl, kind.query ?? query, { input: kind.input }, kind.token));

/**
 * The kinds timed in turn, one call at a time, in the calling process (timeInTurn), each call to its
 * answer's last byte: each kind's samples and its last answer's data (parsed after the timing).
 */
async function timePreparedInTurn({ baseUrl, query, kinds, plan }) {
  const requests = prepared({ baseUrl, query, kinds });
  const timed = await timeInTurn(requests.map((request) => request.send), plan);
  return timed.map(({ samples, result }, index) => ({ samples, result: requests[index].data(result) }));
}

async function runLoops({ baseUrl, query, kinds, clients, seconds }, started) {
  const requests = prepared({ baseUrl, query, kinds });
  const samples = [];
  let next = 0;
  started();
  const startedAt = performance.now();
  const ends = startedAt + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < ends) {
        const request = requests[next++ % requests.length];
        const callStarted = performance.now();
        await request.send();
        samples.push(performance.now() - callStarted);
      }
    }),
  );
  return { samples, seconds: (performance.now() - startedAt) / 1000 };
}

if (require.main === module && process.argv.includes('--child')) {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message) => {
    if (message.inTurn) {
      timePreparedInTurn(message)
        .then((result) => process.send({ id: message.id, result }))
        .catch((error) => process.send({ id: message.id, error: error.message }));
      return;
    }
    runLoops(message, () => process.send({ id: message.id, started: true }))
      .then((result) => process.send({ id: message.id, ...result }))
      .catch((error) => process.send({ id: message.id, error: error.message }));
  });
}

module.exports = { startLoadClients, timePreparedInTurn };
