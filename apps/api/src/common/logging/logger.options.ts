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
 * header of every request (cookies and authorization redacted) cost a quarter of
 * the CPU of a small request (bench/search/README.md, lean request path). Lines
 * go to stdout through an asynchronous destination, so a slow log pipe does not
 * stall requests; pino flushes it on exit.
 */
export function loggerOptions(config: AppConfig, destination: pino.DestinationStream = pino.destination({ dest: 1, sync: false })): Params {
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
