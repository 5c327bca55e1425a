// Payments in the browser: the therapist's Payouts section before and after
// onboarding, and the client's return page after checkout (paid, and not paid
// with the time still held). Axe-clean on a desktop and a 360 px phone.
import type { Page } from 'playwright-core';
import { createAdmin, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { createBookableTherapist, holdSlot, openStarts } from '../support/bookings';
import { RunningClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { enablePayouts } from '../support/payments';
import { createActiveTherapist } from '../support/therapists';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const PHONE = { width: 360, height: 740 };
// Monday 2026-03-02, 07:00 in New York: the week's hours are ahead.
const clock = new RunningClock('2026-03-02T12:00:00Z');

let app: TestApp;
let admin: TestAccount;
const browsers: TestBrowser[] = [];

beforeAll(async () => {
  app = await startTestApp({ clock });
  admin = await createAdmin(app);
});
// A journey's browsers close when it ends, so the next journey can take their contexts
// (./support/browser.ts keeps a closed context, emptied, for the file's next journey).
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((browser) => browser.close()));
});

afterAll(() => app?.close());

async function freshPage(viewport?: { width: number; height: number }): Promise<Page> {
  const browser = await launchBrowser({ baseUrl: app.baseUrl, viewport, now: clock.now() });
  browsers.push(browser);
  const page = await browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

it('shows a therapist why paid sessions wait for payouts, and when they are ready', async () => {
  const therapist = await createActiveTherapist(app, admin);
  const page = await freshPage(PHONE);
  await logIn(page, therapist.email);
  await page.goto('/therapist/profile');
  const payouts = page.getByRole('region', { name: 'Payouts' });
  await payouts.getByText('Not set up').waitFor();
  await payouts.getByText(/only your free session types/).waitFor();
  await payouts.getByRole('button', { name: 'Set up payouts' }).waitFor();
  await expectNoSeriousA11yViolations(page, 'payouts not set up (360 px)');
  await expectNoHorizontalScroll(page);

  // The session types page says the same where paid types are edited.
  const created = await graphql(app.baseUrl, `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`, {
    input: { name: 'Therapy', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000, formats: ['VIDEO'] },
  }, therapist);
  expect(created.errors).toBeUndefined();
  await page.goto('/therapist/session-types');
  await page.getByRole('note').getByText('Paid sessions wait for payouts').waitFor();
  await expectNoSeriousA11yViolations(page, 'session types before payouts (360 px)');
  await page.getByRole('link', { name: 'Set up payouts on your profile page' }).click();

  // The button goes to the onboarding page on Stripe (here: the emulator).
  await payouts.getByRole('button', { name: 'Set up payouts' }).click();
  await page.waitForURL(new RegExp(`^${app.stripe.url}/connect/onboarding/`));

  await enablePayouts(app, therapist);
  await page.goto('/therapist/profile?payouts=done');
  await payouts.getByText('Ready').waitFor();
  await payouts.getByText(/Clients can book your paid sessions/).waitFor();
  await expectNoSeriousA11yViolations(page, 'payouts ready (360 px)');
});

it("tells the client the session is confirmed after paying, or that the time is still held when the card was declined", async () => {
  const therapist = await createBookableTherapist(app, admin, { sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: 15000 } });
  const client = await signUpAs(app, 'CLIENT');
  // Two days apart, so the holds do not overlap.
  const [first] = await openStarts(app, therapist, '2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z');
  const [second] = await openStarts(app, therapist, '2026-03-04T00:00:00Z', '2026-03-05T00:00:00Z');
  const paid = (await holdSlot(app, client, therapist, first)).data!.holdSlot;
  await app.stripe.control.completeCheckoutSession(paid.checkoutUrl.split('/').pop(), { paymentMethod: 'pm_card_visa' });
  const declined = (await holdSlot(app, client, therapist, second)).data!.holdSlot;
  await app.stripe.control.completeCheckoutSession(declined.checkoutUrl.split('/').pop(), { paymentMethod: 'pm_card_chargeDeclined' });

  for (const viewport of [undefined, PHONE]) {
    const page = await freshPage(viewport);
    await logIn(page, client.email);
    await page.goto(`/payment/${paid.id}?session_id=x`);
    await page.getByText('Payment received — your session is confirmed').waitFor();
    await expectNoSeriousA11yViolations(page, `payment received ${viewport ? '360 px' : 'desktop'}`);
    await expectNoHorizontalScroll(page);

    await page.goto(`/payment/${declined.id}?cancelled=1`);
    await page.getByText('The payment did not go through').waitFor();
    await page.getByText(/is held until/).waitFor();
    await expectNoSeriousA11yViolations(page, `payment not through ${viewport ? '360 px' : 'desktop'}`);
    await expectNoHorizontalScroll(page);
  }
});
