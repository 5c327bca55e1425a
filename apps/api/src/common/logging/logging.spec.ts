import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { AppLogger, createRootLogger, requestIdOf, requestLogging } from './logging';

// Request logs stay useful (id, method, url, status, time) while writing far less than
// every header: never a cookie or authorization header, never a body. Lines logged while
// a request is served carry its id (through the request's context: request-context.spec.ts).
describe('request logs', () => {
  let server: Server;
  let baseUrl: string;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _encoding, done) => { for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line)); done(); } });
    const root = createRootLogger('info', sink);
    const logRequest = requestLogging(root);
    server = createServer((request, response) => {
      logRequest(request, response, () => {
        setImmediate(() => {
          // What the request's context is given: the id the request goes by.
          new AppLogger(root, () => requestIdOf(request)).log('handling it', 'SpecHandler');
          response.statusCode = request.url === '/fails' ? 503 : 201;
          response.end('ok');
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const requestLine = (id: string) => lines.find((entry) => (entry.req as { id?: string } | undefined)?.id === id);

  it('name the request, its status and time, and no credentials or other headers', async () => {
    const response = await fetch(`${baseUrl}/graphql?x=1`, {
      method: 'POST',
      headers: { 'x-request-id': 'req-123', cookie: 'session=secret-cookie', authorization: 'Bearer secret-token', 'user-agent': 'spec-agent' },
      body: '{"password":"secret-body"}',
    });
    await response.text();
    await settle();
    expect(response.headers.get('x-request-id')).toBe('req-123');
    const line = requestLine('req-123')!;
    expect(line).toMatchObject({
      level: 30,
      msg: 'request completed',
      service: 'rapport-api',
      req: { id: 'req-123', method: 'POST', url: '/graphql?x=1', userAgent: 'spec-agent', remoteAddress: expect.stringContaining('127.0.0.1') },
      res: { statusCode: 201 },
      responseTime: expect.any(Number),
    });
    expect(Object.keys(line.req as object).sort()).toEqual(['id', 'method', 'remoteAddress', 'url', 'userAgent']);
    expect(JSON.stringify(lines)).not.toMatch(/secret-(cookie|token|body)/);
    // The handler's own line carries the request's id and its context.
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'handling it', context: 'SpecHandler', reqId: 'req-123', service: 'rapport-api' }));
  });

  it('give a request without a usable id a new one, and log a 5xx as an error', async () => {
    const response = await fetch(`${baseUrl}/fails`, { headers: { 'x-request-id': 'not an id; drop table' } });
    await response.text();
    await settle();
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLine(id)).toMatchObject({ level: 50, res: { statusCode: 503 } });
  });

  it('leave the health probe out', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    await response.text();
    await settle();
    expect(requestLine(response.headers.get('x-request-id')!)).toBeUndefined();
  });
});

describe('AppLogger', () => {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({ write: (chunk, _encoding, done) => { lines.push(JSON.parse(String(chunk))); done(); } });
  const logger = new AppLogger(createRootLogger('info', sink));
  beforeEach(() => lines.splice(0));

  it("keeps Nest's error(message, stack, context) as an error with that stack", async () => {
    const stack = 'Error: boom\n    at somewhere (file.js:1:1)';
    logger.error('boom', stack, 'ExceptionsHandler');
    await new Promise(setImmediate);
    expect(lines).toEqual([expect.objectContaining({ level: 50, msg: 'boom', context: 'ExceptionsHandler', err: expect.objectContaining({ message: 'boom', stack }) })]);
  });

  it('writes an Error as err, an object as fields, and leaves out what its level hides', async () => {
    logger.warn(new Error('careful'), 'Jobs');
    logger.log({ rows: 3 }, 'Projection');
    logger.debug('not at info');
    await new Promise(setImmediate);
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, msg: 'careful', context: 'Jobs', err: expect.objectContaining({ message: 'careful' }) }),
      expect.objectContaining({ level: 30, rows: 3, context: 'Projection' }),
    ]);
    expect(lines[0].reqId).toBeUndefined();
  });
});
