// The Stripe emulator's hosted pages in real Chromium: the look-alike checkout with
// every test card, the authorization step, an expired session, and Connect onboarding.
// Only the emulator runs; a tiny local "merchant" page stands in for Rapport's URLs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import Stripe from 'stripe';
import { startStripeEmulator, TEST_CARDS, type RunningStripeEmulator } from '@rapport/stripe-emulator';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

describe('Stripe emulator hosted pages in the browser', () => {
  let emulator: RunningStripeEmulator;
  let stripe: Stripe;
  let browser: TestBrowser;
  let merchant: Server;
  let merchantUrl: string;

  beforeAll(async () => {
    merchant = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="en"><title>Merchant</title><main><h1>Merchant page ${new URL(request.url ?? '/', 'http://m').pathname}</h1></main></html>`);
    });
    await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
    merchantUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
    emulator = await startStripeEmulator({ port: 0 });
    stripe = new Stripe('sk_test_browser', { host: emulator.host, port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await emulator?.stop();
    merchant?.closeAllConnections();
    await new Promise((resolve) => merchant?.close(resolve));
  });

  const paymentSession = (mode: 'payment' | 'setup' = 'payment') =>
    stripe.checkout.sessions.create(
      mode === 'payment'
        ? {
            mode,
            line_items: [{ price_data: { currency: 'usd', unit_amount: 14_000, product_data: { name: 'Couples session, 80 minutes' } }, quantity: 1 }],
            success_url: `${merchantUrl}/paid?session={CHECKOUT_SESSION_ID}`,
            cancel_url: `${merchantUrl}/cancelled`,
            customer_email: 'client@example.com',
          }
        : { mode, currency: 'usd', customer_email: 'client@example.com', success_url: `${merchantUrl}/saved?session={CHECKOUT_SESSION_ID}` },
    );

  const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });
  const chooseCard = (page: Page, id: keyof typeof TEST_CARDS) => page.getByRole('radio', { name: TEST_CARDS[id].label }).check();

  async function openCheckout(mode: 'payment' | 'setup' = 'payment') {
    const session = await paymentSession(mode);
    const page = await browser.newPage();
    await page.goto(session.url!);
    return { session, page };
  }

  // axe runs once per kind of page (it takes seconds on a shared machine), not once per card.
  it.each([
    ['pm_card_visa', true],
    ['pm_card_mastercard', false],
  ] as const)('pays with %s and lands on success_url with the session id', async (card, checkA11y) => {
    const { session, page } = await openCheckout();
    await heading(page, 'Pay for your session').waitFor();
    expect(await page.title()).toBe('Pay $140.00 · Stripe test emulator');
    await page.getByText('Local Stripe test emulator').waitFor();
    if (checkA11y) await expectNoSeriousA11yViolations(page, 'checkout page');
    await chooseCard(page, card);
    await page.getByRole('button', { name: 'Pay $140.00' }).click();
    await heading(page, 'Merchant page /paid').waitFor();
    expect(new URL(page.url()).searchParams.get('session')).toBe(session.id);
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'complete', payment_status: 'paid' });
    await page.close();
  });

  it.each([
    ['pm_card_chargeDeclined', 'Your card was declined.', true],
    ['pm_card_chargeDeclinedInsufficientFunds', 'Your card has insufficient funds.', false],
    ['pm_card_chargeCustomerFail', 'Your card was declined.', false],
  ] as const)('shows %s declined on the page, keeps the session open, then pays with another card', async (card, message, checkA11y) => {
    const { session, page } = await openCheckout();
    await chooseCard(page, card);
    await page.getByRole('button', { name: 'Pay $140.00' }).click();
    await page.getByRole('alert').filter({ hasText: message }).waitFor();
    expect(await page.title()).toBe('Error: Pay $140.00 · Stripe test emulator');
    if (checkA11y) await expectNoSeriousA11yViolations(page, 'checkout page with a decline');
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    await chooseCard(page, 'pm_card_visa');
    await page.getByRole('button', { name: 'Pay $140.00' }).click();
    await heading(page, 'Merchant page /paid').waitFor();
    await page.close();
  });

  it('asks to authorize pm_card_authenticationRequired; a failed authorization returns to the card choice', async () => {
    const { session, page } = await openCheckout();
    await chooseCard(page, 'pm_card_authenticationRequired');
    await page.getByRole('button', { name: 'Pay $140.00' }).click();
    await heading(page, 'Authorize test payment').waitFor();
    await expectNoSeriousA11yViolations(page, 'authorization step');
    await page.getByRole('button', { name: 'Fail authentication' }).click();
    await page.getByRole('alert').filter({ hasText: 'unable to authenticate' }).waitFor();
    await chooseCard(page, 'pm_card_authenticationRequired');
    await page.getByRole('button', { name: 'Pay $140.00' }).click();
    await page.getByRole('button', { name: 'Authorize test payment' }).click();
    await heading(page, 'Merchant page /paid').waitFor();
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe('paid');
    await page.close();
  });

  it('saves a card in setup mode, starting keyboard focus on the first field', async () => {
    const { session, page } = await openCheckout('setup');
    await heading(page, 'Save a card for later payments').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await expectNoSeriousA11yViolations(page, 'setup checkout page');
    await page.getByRole('button', { name: 'Save card' }).click();
    await heading(page, 'Merchant page /saved').waitFor();
    expect((await stripe.checkout.sessions.retrieve(session.id, { expand: ['setup_intent'] })).setup_intent).toMatchObject({ status: 'succeeded' });
    await page.close();
  });

  it('says an expired checkout has expired, with the way back', async () => {
    const { session, page } = await openCheckout();
    await stripe.checkout.sessions.expire(session.id);
    await page.reload();
    await heading(page, 'This checkout has expired').waitFor();
    await expectNoSeriousA11yViolations(page, 'expired checkout');
    await page.getByRole('link', { name: 'Cancel and go back' }).click();
    await heading(page, 'Merchant page /cancelled').waitFor();
    await page.close();
  });

  it('onboards a Connect account through the form and returns to return_url', async () => {
    const account = await stripe.accounts.create({ type: 'express', email: 'therapist@example.com', capabilities: { transfers: { requested: true } } });
    const link = await stripe.accountLinks.create({ account: account.id, type: 'account_onboarding', refresh_url: `${merchantUrl}/payouts/refresh`, return_url: `${merchantUrl}/payouts/done` });
    const page = await browser.newPage();
    await page.goto(link.url);
    await heading(page, 'Set up payouts').waitFor();
    await expectNoSeriousA11yViolations(page, 'onboarding page');
    await page.getByLabel('Legal name').fill('Dana Whitfield');
    await page.getByRole('radio', { name: 'Company or group practice' }).check();
    await page.getByRole('button', { name: 'Agree and submit' }).click();
    await heading(page, 'Merchant page /payouts/done').waitFor();
    expect(await stripe.accounts.retrieve(account.id)).toMatchObject({ charges_enabled: true, payouts_enabled: true, business_type: 'company' });
    await page.goto(link.url);
    await heading(page, 'Merchant page /payouts/refresh').waitFor();
    await page.close();
  });
});
