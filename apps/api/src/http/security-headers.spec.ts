import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { fixedHeaders } from './security-headers';

/** What a helmet middleware leaves on a real response. */
function headersSetBy(middleware: ReturnType<typeof helmet>): Record<string, unknown> {
  const request = new IncomingMessage(new Socket());
  request.method = 'POST';
  const response = new ServerResponse(request);
  middleware(request, response, () => undefined);
  return response.getHeaders();
}

const replayed = (headers: [string, string][]) => Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value]));

// /graphql's security headers are read from helmet once and replayed on every response: the
// replay must be exactly what helmet would have set, for each policy /graphql runs under.
describe('fixedHeaders', () => {
  const policies: [string, ReturnType<typeof helmet>][] = [
    ['production', helmet({ xFrameOptions: { action: 'deny' }, contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] } } })],
    [
      'development landing page',
      helmet({
        xFrameOptions: { action: 'deny' },
        contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, 'frame-ancestors': ["'none'"] } },
      }),
    ],
  ];

  it.each(policies)('replays what helmet sets under the %s policy', (_name, middleware) => {
    const headers = fixedHeaders(middleware);
    expect(headers.length).toBeGreaterThanOrEqual(10);
    expect(replayed(headers)).toEqual(headersSetBy(middleware));
  });
});
