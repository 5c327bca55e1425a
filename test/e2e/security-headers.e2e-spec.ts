// helmet's headers and the Content-Security-Policy on every kind of response,
// against the real app serving the built web app (npm run build:web first).
import { readdirSync } from 'node:fs';
import { startTestApp, TestApp } from '../support/test-app';

function directives(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';').map((text) => text.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    map.set(name, values);
  }
  return map;
}

const metaNonce = (html: string) => /<meta property="csp-nonce" nonce="([^"]+)"/.exec(html)?.[1];
const firstAsset = (extension: string) => readdirSync('apps/web/dist/assets').find((name) => name.endsWith(extension))!;

describe('in development and test', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it.each(['/', '/therapists', '/index.html', '/no-such-page', '/bookings', '/bookings/5f0c6a52-7d1e-4a8e-9a55-0d7f8f3c2b11'])('serves %s with the strict policy and a fresh style nonce', async (path) => {
    const [first, second] = [await fetch(`${app.baseUrl}${path}`, { headers: { accept: 'text/html' } }), await fetch(`${app.baseUrl}${path}`, { headers: { accept: 'text/html' } })];
    expect(first.status).toBe(200);
    const html = await first.text();
    const policy = directives(first.headers.get('content-security-policy'));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https:']);
    // No 'unsafe-inline' anywhere: Mantine's <style> tags carry the nonce instead.
    expect(first.headers.get('content-security-policy')).not.toContain('unsafe');
    const nonce = metaNonce(html);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(html).not.toContain('RAPPORT_CSP_NONCE');
    // Not one inline script in the built page: every <script> has a src.
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="\/assets\//.test(tag))).toBe(true);
    expect(metaNonce(await second.text())).not.toBe(nonce);
    expect(first.headers.get('cache-control')).toBe('no-cache');
  });

  it('leaves calendar files under /bookings to the API, even when a browser asks for html', async () => {
    const response = await fetch(`${app.baseUrl}/bookings/5f0c6a52-7d1e-4a8e-9a55-0d7f8f3c2b11.ics`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await response.text()).not.toContain('csp-nonce');
  });

  it('sends the usual helmet headers, and no X-Powered-By', async () => {
    const response = await fetch(`${app.baseUrl}/`);
    expect(Object.fromEntries(['x-frame-options', 'x-content-type-options', 'referrer-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'strict-transport-security', 'x-dns-prefetch-control', 'x-permitted-cross-domain-policies', 'origin-agent-cluster'].map((name) => [name, response.headers.get(name)]))).toEqual({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-dns-prefetch-control': 'off',
      'x-permitted-cross-domain-policies': 'none',
      'origin-agent-cluster': '?1',
    });
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Plain http in development: upgrading requests would break them.
    expect(directives(response.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(false);
  });

  it.each([['.js'], ['.css']])('puts the policy on static %s assets too', async (extension) => {
    const response = await fetch(`${app.baseUrl}/assets/${firstAsset(extension)}`);
    expect(response.status).toBe(200);
    expect(directives(response.headers.get('content-security-policy')).get('script-src')).toEqual(["'self'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps Apollo’s landing page working at /graphql: its own meta policy, only frame-ancestors in the header', async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('embeddable-sandbox');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers GraphQL and /healthz with the helmet headers', async () => {
    const graphql = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    expect(graphql.headers.get('x-content-type-options')).toBe('nosniff');
    const health = await fetch(`${app.baseUrl}/healthz`);
    expect(directives(health.headers.get('content-security-policy')).get('default-src')).toEqual(["'self'"]);
  });

  it('digests no body for an ETag (answers are POSTs or differ per response) but static files keep theirs', async () => {
    const graphql = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(graphql.headers.get('etag')).toBeNull();
    expect((await fetch(`${app.baseUrl}/`)).headers.get('etag')).toBeNull();
    expect((await fetch(`${app.baseUrl}/assets/${firstAsset('.js')}`)).headers.get('etag')).toMatch(/^W\/"/);
  });
});

describe('in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => app?.close());

  it('serves no landing page: /graphql lets nothing load or frame it; pages upgrade insecure requests', async () => {
    const landing = await fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toContain('embeddable-sandbox');
    expect(landing.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    const answer = await fetch(`${app.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(directives((await fetch(`${app.baseUrl}/`)).headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });
});
