import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

// The search bench's load clients time prepared requests (bench/support/prepared-request.js): an
// answer that is an error must fail the run, or a server failing fast would read as a fast search.
const { prepareGraphql } = require('../../bench/support/prepared-request') as {
  prepareGraphql: (
    baseUrl: string,
    query: string,
    variables?: object,
    token?: string,
  ) => { send: () => Promise<Buffer>; data: (answer: Buffer) => unknown };
};

type Received = { path: string; headers: IncomingMessage['headers']; body: string };

let server: Server;
let baseUrl: string;
let answer: { status: number; body: string };
const received: Received[] = [];

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
});

it('sends the operation with its variables and token, and hands back the answer to parse', async () => {
  answer = { status: 200, body: JSON.stringify({ data: { searchTherapists: { total: 3, bio: 'said \\"errors\\": none' } } }) };
  const request = prepareGraphql(baseUrl, '{ searchTherapists { total } }', { input: { jurisdiction: 'NY' } }, 'secret-token');

  const [first, second] = [await request.send(), await request.send()];

  expect(request.data(second)).toEqual({ searchTherapists: { total: 3, bio: 'said \\"errors\\": none' } });
  expect(first.equals(second)).toBe(true);
  expect(received).toHaveLength(2);
  expect(received[0].path).toBe('/graphql');
  expect(received[0].headers.authorization).toBe('Bearer secret-token');
  expect(JSON.parse(received[0].body)).toEqual({ query: '{ searchTherapists { total } }', variables: { input: { jurisdiction: 'NY' } } });
});

it('fails a call answered with GraphQL errors, though the status is 200', async () => {
  answer = { status: 200, body: JSON.stringify({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }], data: null }) };

  await expect(prepareGraphql(baseUrl, '{ searchTherapists { total } }').send()).rejects.toThrow(/searchTherapists failed \(HTTP 200\).*RATE_LIMITED/);
});

it('fails a call answered with another status', async () => {
  answer = { status: 502, body: 'bad gateway' };

  await expect(prepareGraphql(baseUrl, '{ searchTherapists { total } }').send()).rejects.toThrow(/HTTP 502.*bad gateway/);
});

it('fails to read data from an answer that has none', async () => {
  answer = { status: 200, body: JSON.stringify({ data: null }) };
  const request = prepareGraphql(baseUrl, '{ searchTherapists { total } }');

  expect(() => request.data(Buffer.from(answer.body))).toThrow(/answered no data/);
});
