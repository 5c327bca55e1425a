import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { BusyInterval, ICS_LIMITS, IcsLimits, IcsParseError } from './parse-ics-busy';
import type { IcsWorkerInput, IcsWorkerOutput } from './ics-worker';

export interface OffThreadOptions {
  /** Wall time for one file, worker start-up included; the worker is terminated past it. */
  timeoutMs: number;
  limits: IcsLimits;
}

export const OFF_THREAD_DEFAULTS: OffThreadOptions = { timeoutMs: 8_000, limits: ICS_LIMITS };

// Two cores per api replica: at most this many files are read at once, the rest wait their turn.
const MAX_CONCURRENT_WORKERS = 2;
const WORKER_MEMORY = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };

// Uploads are capped at 1 MB and feeds at 2 MB; anything larger never reaches a worker.
// Input size is what keeps a worker's memory far below its heap cap: V8 does not always
// stop a worker cleanly at that cap, and the whole process must never be at stake.
const MAX_TEXT_LENGTH = 5_000_000;

export const PARSE_TIMEOUT_MESSAGE = 'This calendar took too long to read. Export a shorter date range and try again.';
const UNREADABLE_MESSAGE = 'We could not read this calendar file. Export it again from your calendar app and try again.';

/**
 * parseIcsBusy in a worker thread with a time limit, so a hostile file costs
 * one worker (terminated on timeout or when it runs out of memory), never the
 * API's event loop. Rejects with IcsParseError only, its message fit for the therapist.
 */
export async function parseIcsBusyOffThread(
  icsText: string,
  range: { from: Date; to: Date },
  defaultZone: string,
  options: Partial<OffThreadOptions> = {},
): Promise<BusyInterval[]> {
  const { timeoutMs, limits } = { ...OFF_THREAD_DEFAULTS, ...options };
  if (icsText.length > MAX_TEXT_LENGTH) throw new IcsParseError('This calendar is larger than 5 MB. Export a shorter date range.');
  const input: IcsWorkerInput = { icsText, fromMs: range.from.getTime(), toMs: range.to.getTime(), defaultZone, limits };
  const release = await slots.acquire();
  try {
    const output = await runWorker(input, timeoutMs);
    if (!output.ok) throw new IcsParseError(output.message ?? UNREADABLE_MESSAGE);
    return output.busy.map(([start, end]) => ({ start: new Date(start), end: new Date(end) }));
  } finally {
    release();
  }
}

function runWorker(input: IcsWorkerInput, timeoutMs: number): Promise<IcsWorkerOutput> {
  const script = workerScript();
  return new Promise((resolve, reject) => {
    const worker = new Worker(`require(${JSON.stringify(script.file)})`, {
      eval: true,
      workerData: input,
      execArgv: script.execArgv,
      resourceLimits: WORKER_MEMORY,
      stdout: true, // a worker has nothing to say on the API's output
      stderr: true,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(new IcsParseError(PARSE_TIMEOUT_MESSAGE))), timeoutMs);
    worker.once('message', (output: IcsWorkerOutput) => settle(() => resolve(output)));
    worker.once('error', () => settle(() => reject(new IcsParseError(UNREADABLE_MESSAGE))));
    worker.once('exit', () => settle(() => reject(new IcsParseError(UNREADABLE_MESSAGE))));
  });
}

/**
 * The built app runs the compiled worker beside this file. From TypeScript
 * sources (the test runner), the worker compiles them through a small swc hook.
 */
function workerScript(): { file: string; execArgv: string[] } {
  const compiled = join(__dirname, 'ics-worker.js');
  if (existsSync(compiled)) return { file: compiled, execArgv: [] };
  return { file: join(__dirname, 'ics-worker.ts'), execArgv: ['--require', join(__dirname, '../../testing/register-ts.js')] };
}

/** A counting semaphore: at most `MAX_CONCURRENT_WORKERS` workers alive in this process. */
const slots = (() => {
  let free = MAX_CONCURRENT_WORKERS;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    acquire(): Promise<() => void> {
      if (free > 0) {
        free--;
        return Promise.resolve(release);
      }
      return new Promise((resolve) => waiting.push(() => resolve(release)));
    },
  };
})();
