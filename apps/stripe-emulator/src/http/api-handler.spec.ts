import { startStripeEmulator, type RunningStripeEmulator } from '../server';

describe('the /v1 wire format', () => {
  let emulator: RunningStripeEmulator;
  beforeAll(async () => {
    emulator = await startStripeEmulator({ port: 0 });
  });
  afterAll(() => emulator.stop());

  const call = (path: string, init: RequestInit & { key?: string | null } = {}) => {
    const headers = new Headers(init.headers);
    if (init.key !== null) headers.set('authorization', `Bearer ${init.key ?? 'sk_test_wire'}`);
    return fetch(`${emulator.url}${path}`, { ...init, headers });
  };
  const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as { error?: Record<string, unknown> } & Record<string, unknown> });

  it("asks for an API key, in Stripe's words", async () => {
    const { status, body } = await json(await call('/v1/customers', { key: null }));
    expect(status).toBe(401);
    expect(body.error).toMatchObject({ type: 'invalid_request_error', message: expect.stringContaining('You did not provide an API key') });
  });

  it('accepts the key as Basic auth, as curl -u sends it, and echoes a request id', async () => {
    const response = await call('/v1/customers', {
      key: null,
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('sk_test_curl:').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=curl%40example.com',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    expect((await response.json()) as object).toMatchObject({ object: 'customer', email: 'curl@example.com' });
  });

  it('answers an unknown URL with 404 in the error shape', async () => {
    const { status, body } = await json(await call('/v1/subscriptions'));
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ type: 'invalid_request_error', message: expect.stringContaining('Unrecognized request URL (GET: /v1/subscriptions)') });
  });

  it('refuses requests made as a connected account rather than answering as the platform', async () => {
    const { status, body } = await json(await call('/v1/customers', { headers: { 'stripe-account': 'acct_123' } }));
    expect(status).toBe(400);
    expect(body.error?.message).toContain('Stripe-Account');
  });

  it('refuses a query param a retrieve does not take, and an expand it cannot follow', async () => {
    const created = (await (await call('/v1/customers', { method: 'POST' })).json()) as { id: string };
    expect((await json(await call(`/v1/customers/${created.id}?colour=red`))).body.error).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
    expect((await json(await call(`/v1/customers/${created.id}?expand[]=nothing`))).body.error).toMatchObject({ param: 'expand' });
  });

  it('checks URLs and names the param', async () => {
    const body = new URLSearchParams({ mode: 'setup', currency: 'usd', success_url: 'javascript:alert(1)' }).toString();
    const { status, body: answer } = await json(await call('/v1/checkout/sessions', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    expect(status).toBe(400);
    expect(answer.error).toMatchObject({ message: 'Not a valid URL', param: 'success_url' });
  });
});
