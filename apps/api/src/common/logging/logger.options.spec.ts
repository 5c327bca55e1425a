import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pinoHttp, { Options as PinoHttpOptions } from 'pino-http';
import { loadConfig } from '../../config/config.schema';
import { loggerOptions } from './logger.options';

// Request logs stay useful (id, method, url, status, time) while writing far less than
// every header: never a cookie or authorization header, never a body.
describe('request logs', () => {
  let server: Server;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _encoding, done) => { for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line)); done(); } });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', DATABASE_URL: 'postgres://unused@127.0.0.1/unused' });
    const [options, destination] = loggerOptions(config, sink).pinoHttp as [PinoHttpOptions, Writable];
    const logRequest = pinoHttp(options, destination);
    server = createServer((request, response) => {
      logRequest(request, response);
      response.statusCode = 201;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('name the request, its status and time, and no credentials or other headers', async () => {
    const { port } = server.address() as AddressInfo;
    await (await fetch(`http://127.0.0.1:${port}/graphql?x=1`, {
      method: 'POST',
      headers: { 'x-request-id': 'req-123', cookie: 'session=secret-cookie', authorization: 'Bearer secret-token', 'user-agent': 'spec-agent' },
      body: '{"password":"secret-body"}',
    })).text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = lines.find((entry) => (entry.req as { id?: string } | undefined)?.id === 'req-123')!;
    expect(line).toMatchObject({
      service: 'rapport-api',
      req: { id: 'req-123', method: 'POST', url: '/graphql?x=1', userAgent: 'spec-agent', remoteAddress: expect.stringContaining('127.0.0.1') },
      res: { statusCode: 201 },
      responseTime: expect.any(Number),
    });
    expect(Object.keys(line.req as object).sort()).toEqual(['id', 'method', 'remoteAddress', 'url', 'userAgent']);
    expect(JSON.stringify(lines)).not.toMatch(/secret-(cookie|token|body)/);
  });
});
