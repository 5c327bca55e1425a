// Issue 10 points 8–10 in the browser: a client books a paid session, pays on the
// (emulated) Stripe checkout page with a test card, sees it confirmed, paid in My
// bookings and on the receipts page; a declined card keeps the hold and says so,
// and the hold can be released; a completed paid session's superbill downloads;
// a late cancel refunds what the policy gives. The therapist's earnings and the
// admins' payment issues show the same money; admins run reconciliation and resolve
// what it could not repair. Axe-clean on Rapport's pages, 1280 px.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import Stripe from 'stripe';
import { Booking } from '../../apps/api/src/bookings/entities/booking.entity';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import type { AppConfig } from '../../apps/api/src/config/config.schema';
import { PaymentsService } from '../../apps/api/src/payments/payments.service';
import { STRIPE } from '../../apps/api/src/payments/stripe-client';
import { publicUrlOf } from '../../apps/api/src/payments/stripe-payment.gateway';
import { createAdmin, logInAgain, signUpAs, TEST_PASSWORD, type TestAccount } from '../support/accounts';
import { COMPLETE, createBookableTherapist, holdSlot, type BookableTherapist } from '../support/bookings';
import { RunningClock } from '../support/fixed-clock';
import { graphql } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchBrowser, type TestBrowser } from './support/browser';

const ZONE = 'America/New_York';
// Monday 2026-03-02, 07:00 in New York.
const NOW = '2026-03-02T12:00:00.000Z';
const clock = new RunningClock(NOW);

let app: TestApp;
let admin: TestAccount;
let therapist: BookableTherapist;
let client: TestAccount;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  admin = await createAdmin(app);
  therapist = await createBookableTherapist(app, admin, {
    timeZone: ZONE,
    settings: { cancellationWindowHours: 24, lateCancelFeePercent: 50 },
    sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: 15000 },
  });
  client = await signUpAs(app, 'CLIENT', ZONE);
  browser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, now: new Date(NOW) });
  // Checkout returns to the API's PUBLIC_URL (host and configured port); the test app listens on a random port, so send those requests there.
  const publicUrl = publicUrlOf(app.app.get<AppConfig>(APP_CONFIG));
  if (publicUrl !== app.baseUrl) {
    await browser.context.route(
      (url) => url.origin === new URL(publicUrl).origin,
      (route) => {
        const target = new URL(route.request().url());
        return route.fulfill({ status: 302, headers: { location: `${app.baseUrl}${target.pathname}${target.search}` } });
      },
    );
  }
  page = await browser.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await logIn(page, client.email);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function logIn(target: Page, email: string): Promise<void> {
  await target.goto('/login');
  await target.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await target.getByRole('textbox', { name: 'Password', exact: true }).fill(TEST_PASSWORD);
  await target.getByRole('button', { name: 'Log in' }).click();
  await target.getByRole('banner').getByRole('button', { name: 'Log out' }).waitFor();
}

/** From the therapist's page to Stripe's (the emulator's) checkout for the time named. */
async function holdAndGoToCheckout(slotName: string): Promise<void> {
  await page.goto(`/therapists/${therapist.profileId}`);
  const picker = page.getByRole('region', { name: 'Book a session' });
  await picker.getByLabel('Session type', { exact: true }).selectOption({ label: 'Therapy · 50 min · $150' });
  await picker.getByRole('button', { name: slotName }).click();
  const review = picker.getByRole('region', { name: 'Review this time' });
  await review.getByRole('button', { name: 'Hold this time' }).click();
  await review.getByText(/Pay to book it: you pay on Stripe's secure page/).waitFor();
  await expectNoSeriousA11yViolations(page, 'paid hold, before checkout');
  await review.getByRole('link', { name: 'Pay $150 on the payment page' }).click();
  await page.waitForURL(new RegExp(`^${app.stripe.url}/checkout/`));
  // Stripe asks for the email a receipt goes to.
  await page.getByRole('textbox', { name: 'Email' }).fill(client.email);
}

const bookingIdFromUrl = () => new URL(page.url()).pathname.split('/').pop()!;

let paidBookingId = '';

it('pays with the test Visa on the checkout page: confirmed on return, paid in My bookings, with a receipt', async () => {
  await holdAndGoToCheckout('Tuesday, March 3 at 10:00 AM');
  await page.getByRole('heading', { name: 'Pay for your session' }).waitFor();
  await page.getByRole('radio', { name: 'Visa ending 4242: payment succeeds' }).check();
  await page.getByRole('button', { name: /^Pay / }).click();

  await page.waitForURL(/\/payment\/[0-9a-f-]+\?session_id=/);
  paidBookingId = bookingIdFromUrl();
  await page.getByText('Payment received — your session is confirmed').waitFor();
  await page.getByText(/You paid \$150\. Your session with Dr\. Test Therapist on .* is booked\./).waitFor();
  await expectNoSeriousA11yViolations(page, 'checkout return: paid');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My bookings' }).click();
  const card = page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem', { name: 'Therapy with Dr. Test Therapist' });
  await card.getByText('Confirmed', { exact: true }).waitFor();
  await card.getByText('Payment: Paid').waitFor();
  await expectNoSeriousA11yViolations(page, 'my bookings with a paid session');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Receipts' }).click();
  const receipt = page.getByRole('listitem', { name: 'Therapy with Dr. Test Therapist' });
  await receipt.getByText(/^Paid \$150 on \w+ \d+, 2026 with Visa ending 4242$/).waitFor();
  await receipt.getByText('Net paid: $150').waitFor();
  await expectNoSeriousA11yViolations(page, 'receipts');
});

it('keeps the hold after a declined card and says so in plain words; the time can then be released', async () => {
  await holdAndGoToCheckout('Tuesday, March 3 at 1:00 PM');
  await page.getByRole('radio', { name: 'Visa ending 0002: card declined' }).check();
  await page.getByRole('button', { name: /^Pay / }).click();
  await page.getByRole('alert').getByText('Payment not completed.').waitFor();

  // Back to Rapport from the checkout page without paying.
  await page.getByRole('link', { name: 'Cancel and go back' }).click();
  await page.waitForURL(/\/payment\/[0-9a-f-]+\?cancelled=1/);
  const declinedId = bookingIdFromUrl();
  await page.getByText('The payment did not go through').waitFor();
  await page.getByText(/You left the payment page before paying\. Your card was not charged\. Your time with Dr\. Test Therapist on .* is held until .*: pay before then/).waitFor();
  await page.getByRole('link', { name: 'Try paying again' }).waitFor();
  await expectNoSeriousA11yViolations(page, 'checkout return: not paid, still held');
  expect((await app.em().findOneOrFail(Booking, declinedId)).status).toBe('HELD');

  await page.getByRole('button', { name: 'Release this time' }).click();
  await page.waitForURL(new RegExp(`/therapists/${therapist.profileId}\\?released=1$`));
  expect((await app.em().findOneOrFail(Booking, declinedId)).status).toBe('CANCELLED');

  // Admins see the decline, with who and what in words.
  const adminBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, now: new Date(NOW) });
  try {
    const adminTab = await adminBrowser.newPage();
    await logIn(adminTab, admin.email);
    await adminTab.goto('/admin/payments');
    const issue = adminTab.getByRole('listitem', { name: `Therapy with Dr. Test Therapist, booked by ${client.email.split('@')[0]}` });
    await issue.getByText('Declined', { exact: true }).waitFor();
    await issue.getByText(/declined/i).first().waitFor();
    await expectNoSeriousA11yViolations(adminTab, 'admin payment issues');
  } finally {
    await adminBrowser.close();
  }
});

it('offers the superbill of a completed paid session, and it downloads as a PDF', async () => {
  // Another paid session, today 09:00, paid through the API; once it has taken place the therapist marks it completed.
  const held = await holdSlot(app, client, therapist, '2026-03-02T14:00:00.000Z');
  expect(held.errors).toBeUndefined();
  await app.stripe.control.completeCheckoutSession(held.data!.holdSlot.checkoutUrl.split('/').pop(), { paymentMethod: 'pm_card_visa' });
  await app.app.get(PaymentsService).settleBooking(held.data!.holdSlot.id);
  clock.set('2026-03-02T15:00:00.000Z');
  await browser.context.clock.setSystemTime(clock.now());
  const completed = await graphql(app.baseUrl, COMPLETE, { id: held.data!.holdSlot.id }, await logInAgain(app, therapist));
  expect(completed.errors).toBeUndefined();

  await page.goto('/receipts');
  const receipt = page.getByRole('listitem', { name: 'Therapy with Dr. Test Therapist' }).filter({ hasText: 'Mar 2, 2026' });
  const [download] = await Promise.all([page.waitForEvent('download'), receipt.getByRole('link', { name: 'Download superbill (PDF)' }).click()]);
  expect(download.suggestedFilename()).toBe('superbill-2026-03-02.pdf');
  const chunks: Buffer[] = [];
  for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
  await expectNoSeriousA11yViolations(page, 'receipts with a superbill');
});

it('refunds what the policy gives when the client cancels late, and shows it', async () => {
  // Monday 11:00: 23 hours before Tuesday's 10:00 session, inside the 24-hour window (late fee 50%).
  clock.set('2026-03-02T16:00:00.000Z');
  await browser.context.clock.setSystemTime(clock.now());
  await page.goto('/bookings');
  const card = page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem', { name: 'Therapy with Dr. Test Therapist' }).filter({ hasText: 'Tue, Mar 3' });
  await card.getByRole('button', { name: 'Cancel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this session?' });
  await dialog.getByText('Cancelling now costs $75 of the $150 fee.').waitFor();
  await expectNoSeriousA11yViolations(page, 'late cancel dialog');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Work came up');
  await dialog.getByRole('button', { name: 'Cancel the session' }).click();
  await dialog.waitFor({ state: 'detached' });

  await page.goto(`/bookings/${paidBookingId}`);
  await page.getByText(/Fee kept: \$75\. Refunded: \$75\./).waitFor();
  await expectNoSeriousA11yViolations(page, 'booking cancelled late, with its refund');
  await page.goto('/receipts');
  const receipt = page.getByRole('listitem', { name: 'Therapy with Dr. Test Therapist' }).filter({ hasText: 'Mar 3, 2026' });
  await receipt.getByText('Refunded: $75').waitFor();
  await receipt.getByText('Net paid: $75').waitFor();

  // The therapist's earnings add it up: $150 + $150 paid, $75 back (fee back $7.50), fee kept $30 − $7.50.
  const therapistBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, now: clock.now() });
  try {
    const tab = await therapistBrowser.newPage();
    await logIn(tab, therapist.email);
    await tab.goto('/therapist/earnings');
    const march = tab.getByRole('listitem', { name: 'March 1, 2026 – March 31, 2026' });
    await march.getByText('2 (1 refunded)').waitFor();
    await march.getByText('$300', { exact: true }).waitFor();
    await march.getByText('−$75', { exact: true }).waitFor();
    await march.getByText('−$22.50', { exact: true }).waitFor();
    await march.getByText('$202.50', { exact: true }).waitFor();
    // Stripe's balance for the account: the same net, still within Stripe's two days before it is available.
    await tab.getByRole('region', { name: 'Payouts' }).getByText('Available to pay out: $0 · On its way: $202.50').waitFor();
    await expectNoSeriousA11yViolations(tab, 'therapist earnings');
  } finally {
    await therapistBrowser.close();
  }
});

it("lists what reconciliation finds in Stripe and can't repair; an admin runs it and resolves a mismatch with a note", async () => {
  const stripe = app.app.get<Stripe>(STRIPE);
  // Money moved in Stripe outside Rapport: a charge for a booking that does not exist here, and a refund labelled with a real one.
  const ghost = await stripe.paymentIntents.create({
    amount: 4200, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, allowed_payment_method_types: ['card'], metadata: { bookingId: randomUUID() },
  });
  const stray = await stripe.paymentIntents.create({ amount: 3100, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, allowed_payment_method_types: ['card'] });
  const refund = await stripe.refunds.create({ payment_intent: stray.id, metadata: { bookingId: paidBookingId } });

  const adminBrowser = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, now: clock.now() });
  try {
    const tab = await adminBrowser.newPage();
    await logIn(tab, admin.email);
    await tab.goto('/admin/payments');
    const section = tab.getByRole('region', { name: 'Payment mismatches' });
    await section.getByText('No open mismatches.').waitFor();
    await section.getByRole('button', { name: 'Run reconciliation now' }).click();
    await section.getByRole('status').getByText(/found 3 new mismatches\.$/).waitFor();

    const charge = section.getByRole('listitem', { name: `Paid for a booking Rapport does not have: ${ghost.id}` });
    await charge.getByText('Amount: $42').waitFor();
    const labelled = section.getByRole('listitem', { name: `A refund of no payment here: ${refund.id}` });
    await labelled.getByText(`Client: ${client.email.split('@')[0]} (${client.email})`).waitFor();
    await labelled.getByText('Therapist: Dr. Test Therapist').waitFor();
    await labelled.getByRole('link', { name: 'Open the booking' }).waitFor();
    await expectNoSeriousA11yViolations(tab, 'admin payments with open mismatches');

    await charge.getByRole('button', { name: 'Mark resolved…' }).click();
    const dialog = tab.getByRole('dialog', { name: `Resolve ${ghost.id}` });
    await dialog.getByRole('button', { name: 'Mark resolved' }).click();
    await dialog.getByText('Give a note: what was done about it.').waitFor();
    await expectNoSeriousA11yViolations(tab, 'resolve mismatch dialog, note missing');
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Refunded by hand in the Stripe dashboard');
    await dialog.getByRole('button', { name: 'Mark resolved' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByRole('status').getByText(`Marked ${ghost.id} resolved.`).waitFor();
    await charge.waitFor({ state: 'detached' });
    await labelled.waitFor();
    const row = (await app.em().getConnection().execute(`select resolution_note, resolved_at from payment_mismatches where stripe_object_id = ?`, [ghost.id]))[0];
    expect(row.resolution_note).toBe('Refunded by hand in the Stripe dashboard');
    expect(row.resolved_at).not.toBeNull();
    await expectNoSeriousA11yViolations(tab, 'admin payments after resolving a mismatch');
  } finally {
    await adminBrowser.close();
  }
});

it('fits the money pages, with their data, on a 360 px phone', async () => {
  for (const [account, paths] of [
    [client, ['/receipts', `/bookings/${paidBookingId}`]],
    [therapist, ['/therapist/earnings']],
    [admin, ['/admin/payments']],
  ] as const) {
    const phone = await launchBrowser({ baseUrl: app.baseUrl, timezoneId: ZONE, viewport: { width: 360, height: 740 }, now: clock.now() });
    try {
      const tab = await phone.newPage();
      await logIn(tab, account.email);
      for (const path of paths) {
        await tab.goto(path);
        await tab.getByRole('heading', { level: 1 }).first().waitFor();
        await tab.getByRole('listitem').first().waitFor();
        const { scrollWidth, clientWidth } = await tab.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        expect({ path, tooWideBy: Math.max(0, scrollWidth - clientWidth) }).toEqual({ path, tooWideBy: 0 });
      }
      await expectNoSeriousA11yViolations(tab, `${paths.at(-1)} (360 px)`);
    } finally {
      await phone.close();
    }
  }
});
