import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig } from '../../config/config.schema';

/** pino-http hands serializers the request as pino-std-serializers shapes it. */
interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
  headers?: Record<string, string | string[] | undefined>;
}

/** What a request log line says of the request: enough to find and correlate it, never a header's secret. */
export function requestLogFields(request: SerializedRequest): Record<string, unknown> {
  return { id: request.id, method: request.method, url: request.url, remoteAddress: request.remoteAddress, userAgent: request.headers?.['user-agent'] };
}

/**
 * Structured JSON logs with a request id. Request bodies (passwords, health
 * data) are never logged, and of the headers only the user agent: logging every
 * header of every request (cookies and authorization redacted) made each line
 * several times longer. Lines go to stdout through an asynchronous, buffered
 * destination (see bufferedStdout), so a slow log pipe does not stall requests.
 */
export function loggerOptions(config: AppConfig, destination: pino.DestinationStream = bufferedStdout()): Params {
  return {
    pinoHttp: [
      {
        level: config.LOG_LEVEL,
        genReqId: (request: IncomingMessage) => {
          const incoming = request.headers['x-request-id'];
          return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        },
        serializers: {
          req: requestLogFields,
          res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
        },
        autoLogging: { ignore: (request: IncomingMessage) => request.url === '/healthz' },
        customProps: () => ({ service: 'rapport-api' }),
      },
      destination,
    ],
  };
}

const FLUSH_INTERVAL_MS = 500;

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
