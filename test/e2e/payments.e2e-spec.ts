import Stripe from 'stripe';
import { signatureHeader } from '@rapport/stripe-emulator';
import { HoldExpiryJob } from '../../apps/api/src/bookings/hold-expiry.job';
import { Payment } from '../../apps/api/src/payments/entities/payment.entity';
import { EMULATOR_WEBHOOK_SECRET, STRIPE } from '../../apps/api/src/payments/stripe-client';
import { PaymentsService } from '../../apps/api/src/payments/payments.service';
import { createAdmin, logInAgain, signUpAs, TestAccount } from '../support/accounts';
import { BookableTherapist, CANCEL, createBookableTherapist, holdSlot } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { drainWebhookJobs, enablePayouts } from '../support/payments';
import { createActiveTherapist } from '../support/therapists';
import { startTestApp, TestApp } from '../support/test-app';

// Monday 2026-03-02 07:00 in New York; sessions on Tuesday and later.
const NOW = '2026-03-02T12:00:00.000Z';
const TUE_1000 = '2026-03-03T15:00:00.000Z';
const clock = new FixedClock(new Date(NOW));
const PRICE = 15000;
const FEE = 1500; // PLATFORM_FEE_BASIS_POINTS default 1000 = 10%

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;
let stripe: Stripe;
let slotDay = 0;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT');
  stripe = app.app.get<Stripe>(STRIPE);
});
afterAll(() => app.close());
beforeEach(() => {
  clock.set(NOW);
  app.stripe.control.resumeWebhooks();
  app.stripe.control.clearWebhookFaults();
});

const data = (response: { data?: unknown; errors?: unknown }): Record<string, any> => {
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data as Record<string, any>;
};
const paidTherapist = () => createBookableTherapist(app, admin, { sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: PRICE } });
/**
 * A weekday 10:00 New York time inside the authorization window (paid at checkout;
 * far sessions are payments-far-sessions.e2e-spec.ts), cycling (therapists are fresh).
 */
const nextStart = () => {
  const days = [1, 2, 3, 4][slotDay++ % 4];
  return new Date(new Date(TUE_1000).getTime() + (days - 1) * 86_400_000).toISOString();
};
const bookingRow = async (id: string) =>
  (await app.em().getConnection().execute(`select status, payment_status, refund_minor from bookings where id = ?`, [id]))[0] as { status: string; payment_status: string; refund_minor: number | null };
const paymentsOf = (bookingId: string) => app.em().find(Payment, { booking: bookingId }, { orderBy: { attempt: 'asc' } });
const confirmations = async (id: string) =>
  (await app.em().getConnection().execute(`select count(*)::int as n from booking_events where booking_id = ? and to_status = 'CONFIRMED'`, [id]))[0].n as number;
const sessionIdOf = (checkoutUrl: string) => checkoutUrl.split('/').pop()!;

/** Lets the emulator deliver everything, then runs the queued webhook work (the worker may be running some of it too). */
async function settleWebhooks(): Promise<void> {
  await app.stripe.control.settleWebhooks(10_000);
  await drainWebhookJobs(app);
}

async function holdPaid(therapist: BookableTherapist, startsAt = nextStart()) {
  const held = data(await holdSlot(app, client, therapist, startsAt)).holdSlot;
  return { id: held.id as string, checkoutUrl: held.checkoutUrl as string };
}

describe('payouts onboarding', () => {
  it('refuses paid sessions of a therapist who cannot take charges, and account.updated lifts that', async () => {
    const therapist = await createActiveTherapist(app, admin);
    // A bookable therapist with a paid session type, but payouts never set up.
    const bookable = await createBookableTherapist(app, admin, { sessionType: { name: 'Free chat', kind: 'CONSULTATION', durationMinutes: 15, priceMinor: 0 } });
    void therapist;
    const paidType = data(await graphql(app.baseUrl, `mutation ($input: SessionTypeInput!) { createSessionType(input: $input) { id } }`, {
      input: { name: 'Therapy', kind: 'INDIVIDUAL', durationMinutes: 50, priceMinor: PRICE, formats: ['VIDEO'] },
    }, bookable)).createSessionType.id;
    const refused = await holdSlot(app, client, { ...bookable, sessionTypeId: paidType }, nextStart());
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/payouts.*free session/i);
    expect(data(await graphql(app.baseUrl, `query { myPayoutStatus { hasAccount chargesEnabled payoutsEnabled } }`, {}, bookable)).myPayoutStatus)
      .toEqual({ hasAccount: false, chargesEnabled: false, payoutsEnabled: false });

    const started = data(await graphql(app.baseUrl, `mutation { startPayoutOnboarding { url status { hasAccount chargesEnabled } } }`, {}, bookable)).startPayoutOnboarding;
    expect(started.url).toContain(`${app.stripe.url}/connect/onboarding/`);
    expect(started.status).toEqual({ hasAccount: true, chargesEnabled: false });
    // Onboarding twice reuses the account.
    data(await graphql(app.baseUrl, `mutation { startPayoutOnboarding { url } }`, {}, bookable));
    const accounts = await app.em().getConnection().execute(`select stripe_account_id from therapist_profiles where id = ?`, [bookable.profileId]);
    const accountId = accounts[0].stripe_account_id as string;
    expect((await stripe.accounts.retrieve(accountId)).type).toBe('express');

    await app.stripe.control.completeOnboarding(accountId); // sends account.updated
    await settleWebhooks();
    expect(data(await graphql(app.baseUrl, `query { myPayoutStatus { chargesEnabled payoutsEnabled } }`, {}, bookable)).myPayoutStatus)
      .toEqual({ chargesEnabled: true, payoutsEnabled: true });
    expect(errorCode(await holdSlot(app, client, { ...bookable, sessionTypeId: paidType }, nextStart()))).toBeUndefined();
  });
});

describe('paying for a booking', () => {
  it('makes a destination charge with the platform fee, and confirms the booking once from the webhook', async () => {
    const therapist = await paidTherapist();
    const accountId = (await app.em().getConnection().execute(`select stripe_account_id from therapist_profiles where id = ?`, [therapist.profileId]))[0].stripe_account_id;
    const held = await holdPaid(therapist);
    expect(held.checkoutUrl).toContain(`${app.stripe.url}/checkout/`);
    const session = await stripe.checkout.sessions.retrieve(sessionIdOf(held.checkoutUrl));
    expect(session).toMatchObject({ mode: 'payment', amount_total: PRICE, currency: 'usd', client_reference_id: held.id, metadata: { bookingId: held.id } });

    const paid = await app.stripe.control.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
    expect(paid.outcome).toBe('complete');
    await settleWebhooks();
    expect(await bookingRow(held.id)).toMatchObject({ status: 'CONFIRMED', payment_status: 'PAID' });
    expect(await confirmations(held.id)).toBe(1);
    const [payment] = await paymentsOf(held.id);
    expect(payment).toMatchObject({ status: 'SUCCEEDED', amountMinor: PRICE, applicationFeeMinor: FEE, refundedMinor: 0 });
    const intent = await stripe.paymentIntents.retrieve(payment.paymentIntentId!);
    expect(intent).toMatchObject({ amount: PRICE, application_fee_amount: FEE, transfer_data: { destination: accountId }, metadata: { bookingId: held.id } });

    // The return page afterwards changes nothing.
    const returned = data(await graphql(app.baseUrl, `mutation ($id: ID!) { confirmCheckout(bookingId: $id) { status paymentStatus } }`, { id: held.id }, client));
    expect(returned.confirmCheckout).toEqual({ status: 'CONFIRMED', paymentStatus: 'PAID' });
    expect(await confirmations(held.id)).toBe(1);
  });

  it('confirms from the return page when it comes first; the late webhooks change nothing', async () => {
    const therapist = await paidTherapist();
    const held = await holdPaid(therapist);
    app.stripe.control.pauseWebhooks();
    await app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: 'pm_card_visa' });
    const returned = data(await graphql(app.baseUrl, `mutation ($id: ID!) { confirmCheckout(bookingId: $id) { status paymentStatus } }`, { id: held.id }, client));
    expect(returned.confirmCheckout).toEqual({ status: 'CONFIRMED', paymentStatus: 'PAID' });
    app.stripe.control.resumeWebhooks();
    await settleWebhooks();
    expect(await confirmations(held.id)).toBe(1);
    expect((await paymentsOf(held.id))[0].status).toBe('SUCCEEDED');
  });

  it('settles once when the return page is asked twice at once (a page loaded twice)', async () => {
    const therapist = await paidTherapist();
    const held = await holdPaid(therapist);
    app.stripe.control.pauseWebhooks();
    await app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: 'pm_card_visa' });
    const query = `mutation ($id: ID!) { confirmCheckout(bookingId: $id) { id status paymentStatus holdExpiresAt startsAt therapist { displayName } } }`;
    const both = await Promise.all([0, 1].map(() => graphql(app.baseUrl, query, { id: held.id }, client)));
    for (const response of both) expect(data(response).confirmCheckout).toMatchObject({ status: 'CONFIRMED', paymentStatus: 'PAID', holdExpiresAt: null });
    expect(await confirmations(held.id)).toBe(1);
  });

  it('keeps the hold after a declined card, and gives the same checkout to a replayed hold', async () => {
    const therapist = await paidTherapist();
    const startsAt = nextStart();
    const key = 'replayed-hold-key-1';
    const first = data(await holdSlot(app, client, therapist, startsAt, { idempotencyKey: key })).holdSlot;
    const declined = await app.stripe.control.completeCheckoutSession(sessionIdOf(first.checkoutUrl), { paymentMethod: 'pm_card_chargeDeclined' });
    expect(declined.outcome).not.toBe('complete');
    await settleWebhooks();
    expect(await bookingRow(first.id)).toMatchObject({ status: 'HELD', payment_status: 'PENDING' });
    const again = data(await holdSlot(app, client, therapist, startsAt, { idempotencyKey: key })).holdSlot;
    expect(again).toMatchObject({ id: first.id, checkoutUrl: first.checkoutUrl });
  });

  it('expires the checkout of a lapsed hold, and refunds a payment that lands after the hold was lost', async () => {
    const therapist = await paidTherapist();
    // 1. The expiry job closes the session: it can no longer be paid.
    const lapsed = await holdPaid(therapist);
    clock.set(new Date(new Date(NOW).getTime() + 11 * 60_000));
    await app.app.get(HoldExpiryJob).run();
    const [payment] = await paymentsOf(lapsed.id);
    await app.app.get(PaymentsService).expireCheckout(payment.id);
    expect((await stripe.checkout.sessions.retrieve(payment.checkoutSessionId!)).status).toBe('expired');
    expect((await paymentsOf(lapsed.id))[0].status).toBe('EXPIRED');
    await expect(app.stripe.control.completeCheckoutSession(payment.checkoutSessionId!, { paymentMethod: 'pm_card_visa' })).rejects.toThrow();

    // 2. Paid after the hold expired, before its session was closed: refunded in full, the booking stays expired.
    clock.set(NOW);
    const late = await holdPaid(therapist);
    clock.set(new Date(new Date(NOW).getTime() + 11 * 60_000));
    await app.app.get(HoldExpiryJob).run();
    expect((await bookingRow(late.id)).status).toBe('EXPIRED');
    await app.stripe.control.completeCheckoutSession(sessionIdOf(late.checkoutUrl), { paymentMethod: 'pm_card_visa' });
    await settleWebhooks();
    const [refunded] = await paymentsOf(late.id);
    expect(refunded).toMatchObject({ status: 'REFUNDED', refundedMinor: PRICE, applicationFeeRefundedMinor: FEE });
    expect(await bookingRow(late.id)).toMatchObject({ status: 'EXPIRED', payment_status: 'PENDING' });
    const charge = await stripe.charges.retrieve(refunded.chargeId!);
    expect(charge.amount_refunded).toBe(PRICE);
  });
});

describe('refunds from the cancellation policy', () => {
  async function confirmedPaid() {
    const therapist = await paidTherapist();
    const held = await holdPaid(therapist);
    await app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: 'pm_card_visa' });
    await settleWebhooks();
    expect((await bookingRow(held.id)).status).toBe('CONFIRMED');
    return { therapist, id: held.id };
  }

  it.each([
    ['the client, early', 'client', NOW, PRICE, FEE],
    ['the therapist, late', 'therapist', '2026-03-03T14:30:00.000Z', PRICE, FEE],
  ])('refunds what the policy says when %s cancels, reversing the transfer and the fee in proportion', async (_name, who, at, refund, feeBack) => {
    const { therapist, id } = await confirmedPaid();
    clock.set(at);
    // Sessions lapse when the clock jumps a day: log in again, as a person would.
    data(await graphql(app.baseUrl, CANCEL, { id, reason: 'cannot make it' }, await logInAgain(app, who === 'client' ? client : therapist)));
    const [payment] = await paymentsOf(id);
    expect((await bookingRow(id)).refund_minor).toBe(refund);
    expect(payment).toMatchObject({ refundedMinor: refund, applicationFeeRefundedMinor: feeBack, status: refund === PRICE ? 'REFUNDED' : 'SUCCEEDED' });
    const charge = await stripe.charges.retrieve(payment.chargeId!);
    expect(charge.amount_refunded).toBe(refund);
    // The refund's webhooks do not re-confirm or refund again.
    await settleWebhooks();
    expect(await bookingRow(id)).toMatchObject({ status: 'CANCELLED' });
    expect((await paymentsOf(id))[0].refundedMinor).toBe(refund);
  });

  it('keeps the late fee when the client cancels inside the window: the rest is refunded, in whole cents', async () => {
    const { id } = await confirmedPaid();
    const row = (await app.em().getConnection().execute(`select starts_at from bookings where id = ?`, [id]))[0];
    clock.set(new Date(new Date(row.starts_at).getTime() - 60 * 60_000));
    data(await graphql(app.baseUrl, CANCEL, { id }, await logInAgain(app, client)));
    const booking = await bookingRow(id);
    const [payment] = await paymentsOf(id);
    expect(booking.refund_minor).toBeLessThan(PRICE);
    expect(payment.refundedMinor).toBe(booking.refund_minor);
    expect(Number.isInteger(payment.applicationFeeRefundedMinor)).toBe(true);
    expect(payment.applicationFeeRefundedMinor).toBeLessThanOrEqual(FEE);
    expect((await stripe.charges.retrieve(payment.chargeId!)).amount_refunded).toBe(booking.refund_minor);
  });
});

describe('POST /webhooks/stripe', () => {
  const post = (body: string, signature: string | null) =>
    fetch(`${app.baseUrl}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) }, body });
  const nowSeconds = () => Math.floor(Date.now() / 1000);
  const someEvent = async () => (await stripe.events.list({ limit: 1 })).data[0];

  it('refuses a missing, tampered, wrongly keyed or stale signature', async () => {
    const event = await someEvent();
    const body = JSON.stringify(event);
    const missing = await post(body, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await post(body.replace(event.id, `${event.id}x`), signatureHeader(body, EMULATOR_WEBHOOK_SECRET, nowSeconds()))).status).toBe(401);
    expect((await post(body, signatureHeader(body, 'whsec_someone_else', nowSeconds()))).status).toBe(401);
    expect((await post(body, signatureHeader(body, EMULATOR_WEBHOOK_SECRET, nowSeconds() - 301))).status).toBe(401);
  });

  it('accepts an event once: a redelivery answers 200 and queues nothing', async () => {
    const event = { ...(await someEvent()), id: `evt_test_duplicate_${Date.now()}` };
    const body = JSON.stringify(event);
    const first = await post(body, signatureHeader(body, EMULATOR_WEBHOOK_SECRET, nowSeconds()));
    const second = await post(body, signatureHeader(body, EMULATOR_WEBHOOK_SECRET, nowSeconds()));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([await first.json(), await second.json()]).toEqual([{ received: true, duplicate: false }, { received: true, duplicate: true }]);
    const rows = await app.em().getConnection().execute(`select count(*)::int as n from processed_webhook_events where id = ?`, [event.id]);
    expect(rows[0].n).toBe(1);
    const jobs = await app.em().getConnection().execute(`select count(*)::int as n from pgboss.job where name = 'payments.webhook' and data->>'eventId' = ?`, [event.id]);
    expect(jobs[0].n).toBe(1);
  });
});
