import cluster, { Worker } from 'node:cluster';
import type { Readable, Writable } from 'node:stream';
import { durationMs } from '@rapport/domain';
import type { SearchWarmth } from './matching/search/search-warm-up';

/** What an API process tells the process that started it (main.ts, API_PROCESSES above 1). */
export type ApiProcessMessage =
  | { kind: 'listening' }
  | { kind: 'warmed'; warmth: SearchWarmth | null }
  | { kind: 'failed'; message: string };

/** How long stopping waits for a process to close its app before killing it. */
const STOP_GRACE_MS = durationMs({ seconds: 30 });
/** Replacements allowed in a row within this window; past them the whole API stops (a crash loop, not a crash). */
const RESTART_WINDOW_MS = durationMs({ minutes: 1 });
const RESTARTS_PER_WINDOW = 5;

/** The API did not start because one of its processes did not; the message says which way (the process said why). */
export class ApiProcessFailed extends Error {}

export interface ApiProcesses {
  /** Settles once every process listens; rejects with the first one's reason if one fails to start. */
  readonly listening: Promise<void>;
  /** Every first process's warm-up, once all have warmed (null for one stopped before it finished). */
  readonly warmed: Promise<(SearchWarmth | null)[]>;
  /** Settles with a reason if the processes keep dying after they started (more than RESTARTS_PER_WINDOW a minute). */
  readonly crashLooping: Promise<string>;
  /** Asks every process to close its app (SIGTERM), kills those still running after STOP_GRACE_MS, and settles once all exited. */
  stop(): Promise<void>;
}

/**
 * `count` copies of this script (main.ts) as cluster workers, each running the whole app on the
 * same port (node:cluster hands each connection to one of them), with `env` over this process's
 * environment. One Node process runs JavaScript on one core: at 8 clients a single API process
 * was the busy core while the machine had a quarter idle (bench/search/README.md, fifty-first run).
 * Every process is a replica as on separate machines: each polls the outbox and jobs (each batch
 * claimed by one), holds its own search caches, and counts rate limits into the shared buckets.
 * A process that dies after the API started is replaced; one that fails before it listens stops the start.
 */
export function startApiProcesses(count: number, env: NodeJS.ProcessEnv, say: (message: string) => void): ApiProcesses {
  // Each process's output comes through a pipe of its own and leaves here in whole lines (see forwardLines).
  cluster.setupPrimary({ execArgv: process.execArgv, silent: true });
  let stopping = false;
  let started = false;
  const restarts: number[] = [];
  let reportCrashLoop: (reason: string) => void = () => undefined;
  const crashLooping = new Promise<string>((resolve) => (reportCrashLoop = resolve));
  let failStart: (error: Error) => void = () => undefined;
  const startFailed = new Promise<never>((_, reject) => (failStart = reject));
  startFailed.catch(() => undefined);

  const fork = (): { listening: Promise<void>; warmed: Promise<SearchWarmth | null> } => {
    const worker = cluster.fork(env);
    forwardLines(worker.process.stdout!, process.stdout);
    forwardLines(worker.process.stderr!, process.stderr);
    // What the process said: that it listens (then a death is replaced, not a failed start), has warmed, or why it failed.
    let listened = false;
    let failure: string | null = null;
    let markListening: () => void = () => undefined;
    let markWarmed: (warmth: SearchWarmth | null) => void = () => undefined;
    const listening = new Promise<void>((resolve) => (markListening = resolve));
    const warmed = new Promise<SearchWarmth | null>((resolve) => (markWarmed = resolve));
    worker.on('message', (message: ApiProcessMessage) => {
      if (message.kind === 'listening') {
        listened = true;
        markListening();
      } else if (message.kind === 'warmed') markWarmed(message.warmth);
      else failure = message.message;
    });
    worker.once('exit', (code, signal) => {
      markWarmed(null);
      if (stopping) return;
      // A first process that never listened stops the start; any other death, a replacement's too, is replaced.
      if (!listened && !started) {
        failStart(new ApiProcessFailed(failure ? 'an API process could not start (it said why above); stopping' : `an API process exited before it listened (${signal ?? `code ${code}`}); stopping`));
        return;
      }
      replace(worker, failure ?? (signal ? `killed by ${signal}` : `exited with code ${code}`));
    });
    return { listening, warmed };
  };

  const replace = (worker: Worker, why: string) => {
    const now = performance.now();
    restarts.push(now);
    while (restarts.length > 0 && restarts[0] < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > RESTARTS_PER_WINDOW) {
      reportCrashLoop(`API processes died ${restarts.length} times within a minute (the last: ${why})`);
      return;
    }
    say(`API process ${worker.process.pid} ${why}; starting another`);
    void fork().listening.then(() => say('replacement API process listening'));
  };

  const first = Array.from({ length: count }, fork);
  const listening = Promise.race([Promise.all(first.map((forked) => forked.listening)), startFailed]).then(() => {
    started = true;
  });

  const stop = async (): Promise<void> => {
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined && !worker.isDead());
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => worker.process.kill('SIGKILL'), STOP_GRACE_MS);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            // Ctrl-C in a terminal signals the whole group: a process may be closing already.
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };

  return { listening, warmed: Promise.all(first.map((forked) => forked.warmed)), crashLooping, stop };
}

/**
 * Copies `from` to `to` in whole lines only. The processes' request logs are JSON lines written 4 KB
 * at a time or more (logging.ts): written straight to one shared pipe, a write past the pipe's 4 KB
 * of atomic writes may be interleaved with another process's, cutting lines in two. Here every
 * process has its own pipe, and this process, the only writer of its own output, passes on what
 * each sent up to its last line break.
 */
export function forwardLines(from: Readable, to: Writable): void {
  let partial = '';
  from.setEncoding('utf8');
  from.on('data', (chunk: string) => {
    const end = chunk.lastIndexOf('\n');
    if (end === -1) {
      partial += chunk;
      return;
    }
    to.write(partial + chunk.slice(0, end + 1));
    partial = chunk.slice(end + 1);
  });
  from.on('end', () => {
    if (partial) to.write(`${partial}\n`);
  });
}

/** Tells the starting process (when this is one of several API processes) how this one is doing; settles once sent. */
export function tellPrimary(message: ApiProcessMessage): Promise<void> {
  if (!cluster.isWorker || !process.send) return Promise.resolve();
  return new Promise((resolve) => process.send!(message, undefined, undefined, () => resolve()));
}
