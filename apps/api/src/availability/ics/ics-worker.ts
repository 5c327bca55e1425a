// Worker-thread entry: parses one file and exits. A fresh thread per file means a
// hostile file can be stopped (terminate) without touching the API's event loop, and
// nothing one file leaves behind in ical.js can be seen by the next.
import { parentPort, workerData } from 'node:worker_threads';
import { IcsLimits, IcsParseError, parseIcsBusy } from './parse-ics-busy';

export interface IcsWorkerInput {
  icsText: string;
  fromMs: number;
  toMs: number;
  defaultZone: string;
  limits: IcsLimits;
}

export type IcsWorkerOutput = { ok: true; busy: [number, number][] } | { ok: false; message: string | null };

const input = workerData as IcsWorkerInput;
let output: IcsWorkerOutput;
try {
  const busy = parseIcsBusy(input.icsText, { from: new Date(input.fromMs), to: new Date(input.toMs) }, input.defaultZone, input.limits);
  output = { ok: true, busy: busy.map(({ start, end }) => [start.getTime(), end.getTime()]) };
} catch (error) {
  output = { ok: false, message: error instanceof IcsParseError ? error.message : null };
}
parentPort!.postMessage(output);
