import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AddressPolicy, publicAddressesOnly } from './address-policy';
import { checkUrl, FeedFetchError, fetchFeedText, ResolvedAddress, Resolver } from './safe-fetch';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
// Stands in for "a public address" so the success path can reach a local server; tests only.
const loopbackAsPublic: AddressPolicy = (address) => (address === '127.0.0.1' ? null : publicAddressesOnly(address));

let server: Server;
let port: number;
let handler: (request: IncomingMessage, response: ServerResponse) => void;
const requests: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
beforeEach(() => {
  requests.length = 0;
  handler = (_request, response) => response.end(ICS);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A resolver answering from a table, counting its lookups. */
function resolverOf(table: Record<string, string | string[]>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
    calls.push(hostname);
    const answer = table[hostname];
    if (!answer) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return [answer].flat().map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

const options = (overrides: Partial<Parameters<typeof fetchFeedText>[1]> = {}) => ({
  policy: loopbackAsPublic,
  ports: ['', '80', '443', String(port)],
  resolve: resolverOf({ 'calendar.test': '127.0.0.1' }),
  ...overrides,
});

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedFetchError) return error.failure;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchFeedText', () => {
  it('fetches from the checked address, keeping the name in the Host header (no second DNS lookup)', async () => {
    const resolve = resolverOf({ 'calendar.test': '127.0.0.1' });
    // calendar.test exists only in the injected resolver: a lookup by the system would fail.
    expect(await fetchFeedText(`http://calendar.test:${port}/feed.ics?token=abc`, options({ resolve }))).toBe(ICS);
    expect(resolve.calls).toEqual(['calendar.test']);
    expect(requests[0].headers.host).toBe(`calendar.test:${port}`);
    expect(requests[0].url).toBe('/feed.ics?token=abc');
  });

  it('is not fooled by DNS rebinding: one lookup, so a later private answer is never used', async () => {
    let lookups = 0;
    const rebinding: Resolver = async () => [{ address: ++lookups === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
    expect(await fetchFeedText(`http://rebind.test:${port}/`, options({ resolve: rebinding }))).toBe(ICS);
    expect(lookups).toBe(1);
  });

  it.each([
    ['a private address', { 'evil.test': '10.0.0.1' }],
    ['an IPv4-mapped loopback', { 'evil.test': '::ffff:127.0.0.1' }],
    ['the cloud metadata address', { 'evil.test': '169.254.169.254' }],
    ['a public and a private address together', { 'evil.test': ['127.0.0.1', '192.168.0.10'] }],
  ])('refuses a name resolving to %s', async (_case, table) => {
    expect(await failureOf(fetchFeedText(`http://evil.test:${port}/`, options({ resolve: resolverOf(table) })))).toBe('blocked_address');
    expect(requests).toHaveLength(0);
  });

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'webcal://0x7f.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'https://169.254.169.254/latest/meta-data/',
    'http://100.100.100.200/',
    'http://0.0.0.0/',
  ])('refuses the literal address in %s with the strict policy, without any lookup', async (url) => {
    const resolve = resolverOf({});
    expect(await failureOf(fetchFeedText(url, { resolve }))).toBe('blocked_address');
    expect(resolve.calls).toEqual([]);
  });

  it.each([
    ['ftp://calendar.test/feed.ics', 'unsupported_scheme'],
    ['file:///etc/passwd', 'unsupported_scheme'],
    ['gopher://calendar.test/', 'unsupported_scheme'],
    ['http://calendar.test:8080/', 'unsupported_port'],
    ['https://calendar.test:22/', 'unsupported_port'],
    ['http://user:secret@calendar.test/', 'invalid_url'],
    ['not a url', 'invalid_url'],
  ])('refuses %s (%s)', async (url, failure) => {
    expect(await failureOf(fetchFeedText(url, { resolve: resolverOf({}) }))).toBe(failure);
  });

  it('reads webcal:// as https://', () => {
    expect(checkUrl('webcal://calendar.example.com/basic.ics').href).toBe('https://calendar.example.com/basic.ics');
    expect(checkUrl('WEBCAL://2130706433/x').hostname).toBe('127.0.0.1');
  });

  it('follows up to three redirects, checking each hop, and refuses a fourth', async () => {
    let redirects = 3;
    handler = (request, response) => {
      const hop = Number(request.url!.slice(1) || 0);
      if (hop < redirects) response.writeHead(302, { location: `/${hop + 1}` }).end();
      else response.end(ICS);
    };
    expect(await fetchFeedText(`http://calendar.test:${port}/`, options())).toBe(ICS);
    redirects = 4;
    expect(await failureOf(fetchFeedText(`http://calendar.test:${port}/`, options()))).toBe('too_many_redirects');
  });

  it.each([
    ['a private address', 'http://10.0.0.1/feed.ics', 'blocked_address'],
    ['an IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]/', 'blocked_address'],
    ['a name resolving to a private address', 'http://intranet.test/', 'blocked_address'],
    ['a non-standard port', 'http://calendar.example.com:6379/', 'unsupported_port'],
    ['another scheme', 'file:///etc/passwd', 'unsupported_scheme'],
  ])('refuses a redirect to %s', async (_case, location, expected) => {
    handler = (_request, response) => response.writeHead(301, { location }).end();
    const resolve = resolverOf({ 'calendar.test': '127.0.0.1', 'intranet.test': '10.1.2.3', 'calendar.example.com': '93.184.216.34' });
    expect(await failureOf(fetchFeedText(`http://calendar.test:${port}/`, options({ resolve })))).toBe(expected);
    expect(requests).toHaveLength(1);
  });

  it('refuses non-2xx answers', async () => {
    handler = (_request, response) => response.writeHead(404).end('secret body');
    expect(await failureOf(fetchFeedText(`http://calendar.test:${port}/`, options()))).toBe('http_status');
  });

  it('refuses a body past the byte cap, declared or streamed', async () => {
    handler = (_request, response) => response.end('x'.repeat(5_000));
    expect(await failureOf(fetchFeedText(`http://calendar.test:${port}/`, options({ maxBytes: 4_000 })))).toBe('too_large');
    handler = (_request, response) => {
      response.writeHead(200, { 'transfer-encoding': 'chunked' });
      const chunk = 'y'.repeat(1_000);
      const timer = setInterval(() => response.write(chunk), 1);
      response.on('close', () => clearInterval(timer));
    };
    expect(await failureOf(fetchFeedText(`http://calendar.test:${port}/`, options({ maxBytes: 50_000 })))).toBe('too_large');
  });

  it('gives up on a server that answers too slowly, headers or body', async () => {
    handler = () => undefined; // never answers
    expect(await failureOf(fetchFeedText(`http://calendar.test:${port}/`, options({ timeoutMs: 300 })))).toBe('timeout');
    handler = (_request, response) => {
      response.writeHead(200);
      const timer = setInterval(() => response.write('B'), 50); // a trickle that never ends
      response.on('close', () => clearInterval(timer));
    };
    expect(await failureOf(fetchFeedText(`http://calendar.test:${port}/`, options({ timeoutMs: 300 })))).toBe('timeout');
  });

  it('decodes invalid UTF-8 without failing', async () => {
    handler = (_request, response) => response.end(Buffer.from([0x42, 0xc3, 0x28, 0xff, 0x45]));
    expect(await fetchFeedText(`http://calendar.test:${port}/`, options())).toBe('B\uFFFD(\uFFFDE');
  });

  it('names no address in its error message', async () => {
    const error = await fetchFeedText('http://10.0.0.1/', {}).catch((caught: Error) => caught);
    expect((error as FeedFetchError).failure).toBe('blocked_address');
    expect(String((error as Error).message)).not.toContain('10.0.0.1');
  });
});
