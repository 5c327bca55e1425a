import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { LoggerService } from '@nestjs/common';
import pino from 'pino';

const SERVICE = 'rapport-api';
const FLUSH_INTERVAL_MS = 500;
const INCOMING_REQUEST_ID = /^[\w-]{1,64}$/;
/** Paths whose requests are not logged: the load balancer's health probe would drown the rest. */
const UNLOGGED_PATHS = new Set(['/healthz']);

/** Where requestLogging leaves a request's id, for requestIdOf. */
const REQUEST_ID = Symbol('request id');

/**
 * The process's one pino logger: structured JSON lines to stdout through an
 * asynchronous, buffered destination (see bufferedStdout), so a slow log pipe
 * does not stall requests. Every line names the service.
 */
export function createRootLogger(level: pino.LevelWithSilent, destination: pino.DestinationStream = bufferedStdout()): pino.Logger {
  return pino({ level, base: { pid: process.pid, hostname: hostname(), service: SERVICE } }, destination);
}

/**
 * stdout, written asynchronously in chunks of 4 KB or every half second, whichever
 * comes first: one write per few dozen request lines instead of one per line, and a
 * line is never more than half a second late. pino flushes what is left on exit.
 */
function bufferedStdout(): pino.DestinationStream {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), FLUSH_INTERVAL_MS).unref();
  return destination;
}

type LoggedRequest = IncomingMessage & { originalUrl?: string; [REQUEST_ID]?: string };

/** The id requestLogging gave this request (undefined before it ran). */
export function requestIdOf(request: object): string | undefined {
  return (request as { [REQUEST_ID]?: string })[REQUEST_ID];
}

/**
 * Express middleware, first in the chain: gives the request an id (a well-formed
 * incoming `X-Request-Id`, else a new UUID), returns it in `X-Request-Id`, leaves it
 * for `requestIdOf`, and writes one line when the response ends: id, method, URL,
 * remote address, user agent, status and time. Never a body, a cookie or any other
 * header. A 5xx line is an error, a response cut off before its end a warning.
 *
 * It keeps no request-scoped store of its own: the request's MikroORM context carries
 * the id to the lines logged while the request is served (database/request-context.ts,
 * AppLogger's `requestId`). On Node 20 every AsyncLocalStorage in use costs every
 * promise the process makes, whether or not it holds anything (bench/search/README.md,
 * the lean path). It replaces pino-http and nestjs-pino, which built a child logger per
 * request and ran a store of their own too.
 */
export function requestLogging(root: pino.Logger) {
  return (request: LoggedRequest, response: ServerResponse, next: () => void): void => {
    const incoming = request.headers['x-request-id'];
    const id = typeof incoming === 'string' && INCOMING_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader('X-Request-Id', id);
    request[REQUEST_ID] = id;
    if (!UNLOGGED_PATHS.has(pathOf(request.url)) && root.isLevelEnabled('error')) {
      const startedAt = performance.now();
      response.once('close', () => writeRequestLine(root, request, response, id, startedAt));
    }
    next();
  };
}

function writeRequestLine(root: pino.Logger, request: LoggedRequest, response: ServerResponse, id: string, startedAt: number): void {
  const finished = response.writableFinished;
  const level = !finished ? 'warn' : response.statusCode >= 500 ? 'error' : 'info';
  if (!root.isLevelEnabled(level)) return;
  root[level](
    {
      req: { id, method: request.method, url: request.originalUrl ?? request.url, remoteAddress: request.socket.remoteAddress, userAgent: request.headers['user-agent'] },
      res: { statusCode: response.statusCode },
      responseTime: Math.round(performance.now() - startedAt),
    },
    finished ? 'request completed' : 'request aborted',
  );
}

function pathOf(url: string | undefined): string {
  if (!url) return '';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

const isStack = (value: unknown): value is string => typeof value === 'string' && /\n\s*at /.test(value);

/**
 * Nest's logger interface over the root logger: Nest's own lines and the modules'
 * `new Logger(Context)` lines, with their context and, inside a request, its id
 * (`requestId`: the id of the request being served, if any).
 */
export class AppLogger implements LoggerService {
  constructor(
    private readonly root: pino.Logger,
    private readonly requestId: () => string | undefined = () => undefined,
  ) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.root.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const requestId = this.requestId();
    if (requestId) fields.reqId = requestId;
    // Nest passes the context last: log(message, context), error(message, stack, context).
    let rest = params;
    const last = rest.at(-1);
    if (typeof last === 'string' && !isStack(last)) {
      fields.context = last;
      rest = rest.slice(0, -1);
    }
    let text: string | undefined;
    if (message instanceof Error) {
      fields.err = message;
      text = message.message;
    } else if (message !== null && typeof message === 'object') {
      Object.assign(fields, message);
    } else {
      text = String(message);
    }
    // Nest's exception handlers call error(message, stack): the stack is kept as the error's.
    if (!fields.err && isStack(rest[0])) {
      const error = new Error(text);
      error.stack = rest[0];
      fields.err = error;
      rest = rest.slice(1);
    }
    if (rest.length > 0) fields.details = rest;
    this.root[level](fields, text);
  }
}
