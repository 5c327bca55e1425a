import Stripe from 'stripe';
import { encodeForm } from '../http/form';
import { startStripeEmulator, type RunningStripeEmulator } from '../server';

describe('hosted pages over HTTP', () => {
  let emulator: RunningStripeEmulator;
  let stripe: Stripe;

  beforeAll(async () => {
    emulator = await startStripeEmulator({ port: 0 });
    stripe = new Stripe('sk_test_pages', { host: emulator.host, port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
  });
  afterAll(() => emulator.stop());

  const get = (path: string) => fetch(new URL(path, emulator.url), { redirect: 'manual' });
  const post = (path: string, form: Record<string, string>) =>
    fetch(new URL(path, emulator.url), { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: encodeForm(form) });
  const session = () =>
    stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price_data: { currency: 'usd', unit_amount: 14_000, product_data: { name: 'Couples session' } }, quantity: 1 }],
      success_url: 'https://rapport.test/paid?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://rapport.test/cancelled',
    });

  it('renders checkout with the amount, a labelled choice per test card, no script and a strict CSP', async () => {
    const { url } = await session();
    const response = await fetch(url!);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('$140.00');
    expect(html).toContain('Local Stripe test emulator');
    for (const id of ['pm_card_visa', 'pm_card_chargeDeclined', 'pm_card_authenticationRequired']) {
      expect(html).toContain(`<label for="card-${id}">`);
    }
    expect(html).toContain('href="https://rapport.test/cancelled"');
  });

  it('keeps a declined session open and says why, then redirects to success_url when paid', async () => {
    const { id } = await session();
    const declined = await post(`/checkout/${id}/pay`, { payment_method: 'pm_card_chargeDeclined', email: 'a@example.com' });
    expect(declined.status).toBe(402);
    expect(await declined.text()).toMatch(/role="alert"[^>]*>.*Your card was declined\./s);
    expect((await stripe.checkout.sessions.retrieve(id)).status).toBe('open');
    const paid = await post(`/checkout/${id}/pay`, { payment_method: 'pm_card_visa', email: 'a@example.com' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`https://rapport.test/paid?session=${id}`);
    expect(await stripe.checkout.sessions.retrieve(id)).toMatchObject({ status: 'complete', customer_details: { email: 'a@example.com' } });
  });

  it('puts an authorization step between the card and the payment', async () => {
    const { id } = await session();
    const waiting = await post(`/checkout/${id}/pay`, { payment_method: 'pm_card_authenticationRequired', email: 'a@example.com' });
    expect(waiting.headers.get('location')).toBe(`/checkout/${id}`);
    expect(await (await get(`/checkout/${id}`)).text()).toContain('Authorize test payment');
    const approved = await post(`/checkout/${id}/authenticate`, { decision: 'approve' });
    expect(approved.headers.get('location')).toBe(`https://rapport.test/paid?session=${id}`);
  });

  it('says an expired checkout has expired', async () => {
    const { id } = await session();
    await stripe.checkout.sessions.expire(id);
    const response = await get(`/checkout/${id}`);
    expect(response.status).toBe(410);
    expect(await response.text()).toContain('This checkout has expired');
  });

  it('onboards through the form, then sends a reused or stale link to refresh_url', async () => {
    const account = await stripe.accounts.create({ type: 'express', capabilities: { transfers: { requested: true } } });
    const linkFor = () =>
      stripe.accountLinks.create({ account: account.id, type: 'account_onboarding', refresh_url: 'https://rapport.test/refresh', return_url: 'https://rapport.test/return' });
    const path = new URL((await linkFor()).url).pathname;
    expect(await (await get(path)).text()).toContain('<label for="legal-name">Legal name</label>');
    const missingName = await post(path, { legal_name: ' ' });
    expect(missingName.status).toBe(400);
    const done = await post(path, { legal_name: 'Dana Whitfield LCSW', business_type: 'individual' });
    expect(done.headers.get('location')).toBe('https://rapport.test/return');
    expect(await stripe.accounts.retrieve(account.id)).toMatchObject({ charges_enabled: true, details_submitted: true });
    expect((await get(path)).headers.get('location')).toBe('https://rapport.test/refresh');

    const stale = new URL((await linkFor()).url).pathname;
    await emulator.control.advanceClock(301);
    expect((await get(stale)).headers.get('location')).toBe('https://rapport.test/refresh');
  });

  it('authorizes a direct PaymentIntent and returns to its return_url with the outcome', async () => {
    const paymentIntent = await stripe.paymentIntents.create({
      amount: 5_000, currency: 'usd', allowed_payment_method_types: ['card'], payment_method: 'pm_card_authenticationRequired', confirm: true, return_url: 'https://rapport.test/3ds',
    });
    const page = new URL(paymentIntent.next_action!.redirect_to_url!.url!);
    expect(await (await get(page.pathname)).text()).toContain('Authorize test payment');
    const answered = await post(page.pathname, { decision: 'approve' });
    const next = new URL(answered.headers.get('location')!);
    expect([next.origin + next.pathname, next.searchParams.get('payment_intent'), next.searchParams.get('redirect_status')]).toEqual(['https://rapport.test/3ds', paymentIntent.id, 'succeeded']);
  });
});
