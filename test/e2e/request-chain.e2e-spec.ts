// What every request goes through before GraphQL (configureHttp's one layer: the request's id and
// log line, its ORM context, security headers, cookies, the JSON body, kept answers), checked where
// it can go wrong: bodies that cannot be read answer as GraphQL errors with a code, with the
// request's id and the security headers still on them, and a good request after them is answered.
import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { KEEP_ALIVE_MS } from '../../apps/api/src/http/configure-http';
import type { Express } from 'express';
import { startTestApp, TestApp } from '../support/test-app';

describe('the request chain before GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a body that is not JSON with 400 BAD_REQUEST, its id and its security headers', async () => {
    const response = await post('{"query": "{ __typename }"', { 'x-request-id': 'chain-test-1' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(response.headers.get('x-request-id')).toBe('chain-test-1');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('keeps an idle connection open past a load balancer\'s and a client pool\'s idle timeouts, and says for how long', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const sent = httpRequest(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'keep-alive' } }, resolve);
      sent.on('error', reject);
      sent.end(JSON.stringify({ query: '{ __typename }' }));
    });
    response.resume();
    expect(response.statusCode).toBe(200);
    expect(response.headers['keep-alive']).toBe(`timeout=${KEEP_ALIVE_MS / 1000}`);
    expect(KEEP_ALIVE_MS).toBeGreaterThan(60_000);
    const server = app.app.getHttpServer() as Server;
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('answers a body over the limit with 413 BAD_REQUEST', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads cookies and the JSON body for GraphQL, and gives every answer its own id', async () => {
    const answers = await Promise.all([1, 2].map(() => post(JSON.stringify({ query: '{ __typename }' }), { cookie: 'unrelated=1' })));
    for (const response of answers) {
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    }
    const [first, second] = answers.map((response) => response.headers.get('x-request-id'));
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });

  it("builds every request and response with Express's own prototypes: Express has none to change per request", async () => {
    const server = app.app.getHttpServer() as Server;
    const built: object[] = [];
    const record = (request: IncomingMessage, response: ServerResponse) => built.push(Object.getPrototypeOf(request), Object.getPrototypeOf(response));
    server.prependListener('request', record);
    try {
      const response = await post(JSON.stringify({ query: '{ __typename }' }));
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    } finally {
      server.off('request', record);
    }
    const express = app.app.getHttpAdapter().getInstance() as Express;
    expect(built).toEqual([express.request, express.response]);
    expect(built[0]).toBe(express.request);
  });

  it('still serves the web app to a browser after an API error', async () => {
    await post('not json');
    const page = await fetch(`${app.baseUrl}/therapists`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });
});
