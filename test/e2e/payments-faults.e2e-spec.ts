import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { JobQueue } from '../../apps/api/src/jobs/job-queue';
import { Payment } from '../../apps/api/src/payments/entities/payment.entity';
import { FarSessionsService } from '../../apps/api/src/payments/far-sessions/far-sessions.service';
import { STRIPE } from '../../apps/api/src/payments/stripe-client';
import { StripePaymentGateway } from '../../apps/api/src/payments/stripe-payment.gateway';
import { createAdmin, logInAgain, signUpAs, TestAccount } from '../support/accounts';
import { BookableTherapist, CANCEL, createBookableTherapist, holdSlot } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { dataOf, sessionIdOf, settlePaymentWork } from '../support/payments';
import { startTestApp, TestApp } from '../support/test-app';

// "The API dies mid-payment": at each step between Stripe and the database the
// write is made to fail (a trigger raising, as a process killed there would
// leave it), then retries and reconciliation must end with money and bookings
// agreeing: nothing charged twice, nothing lost, each booking confirmed once.
const NOW = '2026-03-02T12:00:00.000Z';
const TUE_1000 = '2026-03-03T15:00:00.000Z';
const FAR_1000 = '2026-03-12T14:00:00.000Z';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const clock = new FixedClock(new Date(NOW));
const PRICE = 15000;

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;
let stripe: Stripe;
let near = 0;
let far = 0;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440', RECONCILIATION_INTERVAL_MINUTES: '0' } });
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT');
  stripe = app.app.get<Stripe>(STRIPE);
});
afterAll(() => app.close());
beforeEach(async () => {
  clock.set(NOW);
  await healed();
  app.stripe.control.resumeWebhooks();
  app.stripe.control.clearWebhookFaults();
});

const data = dataOf;
const paidTherapist = () => createBookableTherapist(app, admin, { sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: PRICE } });
const nextNear = () => new Date(new Date(TUE_1000).getTime() + (near++ % 4) * DAY).toISOString();
const nextFar = () => new Date(new Date(FAR_1000).getTime() + [0, 1, 4, 5, 6][far++ % 5] * DAY).toISOString();
const sql = (query: string, params: unknown[] = []) => app.em().getConnection().execute(query, params);
const bookingRow = async (id: string) => (await sql(`select status, payment_status from bookings where id = ?`, [id]))[0] as { status: string; payment_status: string };
const paymentsOf = (bookingId: string) => app.em().fork().find(Payment, { booking: bookingId }, { orderBy: { attempt: 'asc' } });
const confirmations = async (id: string) => (await sql(`select count(*)::int as n from booking_events where booking_id = ? and to_status = 'CONFIRMED' and from_status = 'HELD'`, [id]))[0].n as number;
const ofBooking = <T extends { metadata: Stripe.Metadata | null }>(rows: T[], bookingId: string) => rows.filter((row) => row.metadata?.bookingId === bookingId);
const stripeSessions = async (bookingId: string) => ofBooking((await stripe.checkout.sessions.list({ limit: 100 })).data, bookingId);
const stripeIntents = async (bookingId: string) => ofBooking((await stripe.paymentIntents.list({ limit: 100 })).data, bookingId);
const RECONCILE = `mutation { runPaymentReconciliation { examined repaired mismatches failed } }`;
const reconcile = async () => data(await graphql(app.baseUrl, RECONCILE, {}, await logInAgain(app, admin))).runPaymentReconciliation as { examined: number; repaired: number; mismatches: number; failed: number };

/** The process "dies" at a write: every matching statement on `payments` raises until healed. */
async function dieAt(when: 'insert' | 'update' | 'refund-update', table: 'payments' | 'card_setups' = 'payments'): Promise<void> {
  await sql(`create or replace function test_injected_fault() returns trigger language plpgsql as $$ begin raise exception 'injected fault: the API died here'; end $$`);
  const event = when === 'insert' ? 'insert' : 'update';
  const condition = when === 'refund-update' ? 'when (new.refunded_minor <> old.refunded_minor)' : '';
  await sql(`create trigger test_injected_fault before ${event} on ${table} for each row ${condition} execute function test_injected_fault()`);
}
async function healed(): Promise<void> {
  await sql(`drop trigger if exists test_injected_fault on payments`);
  await sql(`drop trigger if exists test_injected_fault on card_setups`);
}

const settle = () => settlePaymentWork(app);

async function confirmedPaid(therapist: BookableTherapist) {
  const held = data(await holdSlot(app, client, therapist, nextNear())).holdSlot;
  await app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: 'pm_card_visa' });
  await settle();
  expect(await bookingRow(held.id)).toEqual({ status: 'CONFIRMED', payment_status: 'PAID' });
  return held.id as string;
}

describe('reconciliation after lost webhooks', () => {
  it('keeps a paid booking HELD while its webhooks are dropped, then confirms it exactly once', async () => {
    const therapist = await paidTherapist();
    const held = data(await holdSlot(app, client, therapist, nextNear())).holdSlot;
    app.stripe.control.injectWebhookFault({ kind: 'drop', count: 50 });
    await app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: 'pm_card_visa' });
    await settle();
    expect(await bookingRow(held.id)).toEqual({ status: 'HELD', payment_status: 'PENDING' });
    expect(app.stripe.control.listDeliveries({ eventType: 'checkout.session.completed' }).filter((row) => row.status === 'dropped').length).toBeGreaterThanOrEqual(1);

    const report = await reconcile();
    expect(report.repaired).toBeGreaterThanOrEqual(1);
    expect(report.failed).toBe(0);
    expect(await bookingRow(held.id)).toEqual({ status: 'CONFIRMED', payment_status: 'PAID' });
    expect(await confirmations(held.id)).toBe(1);
    expect((await paymentsOf(held.id)).map((payment) => payment.status)).toEqual(['SUCCEEDED']);
    // Again: nothing left to repair, still confirmed once.
    await reconcile();
    expect(await confirmations(held.id)).toBe(1);
  });

  it('records a charge in Stripe with no booking here as a mismatch admins read and resolve, once', async () => {
    const ghost = randomUUID();
    const customer = await stripe.customers.create({ email: 'ghost@example.com' });
    const intent = await stripe.paymentIntents.create({
      amount: 4200, currency: 'usd', customer: customer.id, payment_method: 'pm_card_visa', confirm: true,
      allowed_payment_method_types: ['card'], metadata: { bookingId: ghost },
    });
    expect(intent.status).toBe('succeeded');
    expect((await reconcile()).mismatches).toBeGreaterThanOrEqual(1);
    expect((await reconcile()).mismatches).toBe(0);

    const me = await logInAgain(app, admin);
    const QUERY = `query { paymentMismatches { id stripeObjectId reason bookingId amountMinor details resolvedAt } }`;
    const listed = data(await graphql(app.baseUrl, QUERY, {}, me)).paymentMismatches as Record<string, any>[];
    const row = listed.find((mismatch) => mismatch.stripeObjectId === intent.id);
    expect(row).toMatchObject({ reason: 'NO_LOCAL_BOOKING', bookingId: ghost, amountMinor: 4200, resolvedAt: null });
    expect(row!.details).toContain(intent.id);
    expect(errorCode(await graphql(app.baseUrl, QUERY, {}, await logInAgain(app, client)))).toBe('FORBIDDEN');

    const RESOLVE = `mutation ($input: ResolvePaymentMismatchInput!) { resolvePaymentMismatch(input: $input) { resolvedAt resolvedBy resolutionNote } }`;
    const resolved = data(await graphql(app.baseUrl, RESOLVE, { input: { id: row!.id, note: 'Refunded by hand in the dashboard' } }, me)).resolvePaymentMismatch;
    expect(resolved).toMatchObject({ resolvedBy: admin.email, resolutionNote: 'Refunded by hand in the dashboard' });
    expect(resolved.resolvedAt).not.toBeNull();
    const open = data(await graphql(app.baseUrl, QUERY, {}, me)).paymentMismatches as Record<string, any>[];
    expect(open.some((mismatch) => mismatch.id === row!.id)).toBe(false);
    expect(errorCode(await graphql(app.baseUrl, RESOLVE, { input: { id: randomUUID(), note: 'no such thing' } }, me))).toBe('NOT_FOUND');
  });

  it("names the booking's client and therapist when a mismatch names a booking that exists here", async () => {
    const therapist = await paidTherapist();
    const held = data(await holdSlot(app, client, therapist, nextNear())).holdSlot;
    // Money moved outside Rapport (a dashboard charge and refund) but labelled with a real booking.
    const intent = await stripe.paymentIntents.create({ amount: 3100, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, allowed_payment_method_types: ['card'] });
    const refund = await stripe.refunds.create({ payment_intent: intent.id, metadata: { bookingId: held.id } });
    await reconcile();
    const me = await logInAgain(app, admin);
    const listed = data(await graphql(app.baseUrl, `query { paymentMismatches { stripeObjectId reason bookingId therapistName clientName clientEmail } }`, {}, me)).paymentMismatches as Record<string, any>[];
    expect(listed.find((mismatch) => mismatch.stripeObjectId === refund.id)).toEqual({
      stripeObjectId: refund.id, reason: 'UNKNOWN_REFUND', bookingId: held.id, therapistName: 'Dr. Test Therapist', clientName: client.email.split('@')[0], clientEmail: client.email,
    });
    // The charge itself names no booking: nobody to name.
    expect(listed.find((mismatch) => mismatch.stripeObjectId === intent.id)).toEqual({
      stripeObjectId: intent.id, reason: 'UNKNOWN_CHARGE', bookingId: null, therapistName: null, clientName: null, clientEmail: null,
    });
  });
});

describe('the API dies mid-payment', () => {
  it('after the Checkout Session is created but before it is saved: the retried hold gets the same session, reconciliation adopts a paid one', async () => {
    const therapist = await paidTherapist();
    const startsAt = nextNear();
    const key = `dies-after-checkout-${randomUUID()}`;
    await dieAt('insert');
    const failed = await holdSlot(app, client, therapist, startsAt, { idempotencyKey: key });
    expect(failed.errors).toBeDefined();
    await healed();
    const bookingId = (await sql(`select id from bookings where idempotency_key = ?`, [key]))[0].id as string;
    expect(await bookingRow(bookingId)).toEqual({ status: 'HELD', payment_status: 'PENDING' });
    expect(await paymentsOf(bookingId)).toHaveLength(0);
    const [lost] = await stripeSessions(bookingId);

    // 1. The client retries (same key): the same session, now saved.
    const retried = data(await holdSlot(app, client, therapist, startsAt, { idempotencyKey: key })).holdSlot;
    expect(retried.id).toBe(bookingId);
    expect(sessionIdOf(retried.checkoutUrl)).toBe(lost.id);
    expect(await stripeSessions(bookingId)).toHaveLength(1);

    // 2. Another hold whose client paid on the page before the crash, and never came back: reconciliation adopts it.
    const otherStart = nextNear();
    await dieAt('insert');
    const key2 = `dies-after-checkout-${randomUUID()}`;
    expect((await holdSlot(app, client, await paidTherapist(), otherStart, { idempotencyKey: key2 })).errors).toBeDefined();
    await healed();
    const second = (await sql(`select id from bookings where idempotency_key = ?`, [key2]))[0].id as string;
    const [session] = await stripeSessions(second);
    await app.stripe.control.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
    await settle();
    expect(await bookingRow(second)).toEqual({ status: 'HELD', payment_status: 'PENDING' });
    await reconcile();
    expect(await bookingRow(second)).toEqual({ status: 'CONFIRMED', payment_status: 'PAID' });
    expect(await confirmations(second)).toBe(1);
    expect((await paymentsOf(second)).map((payment) => [payment.checkoutSessionId, payment.status])).toEqual([[session.id, 'SUCCEEDED']]);
    expect(await stripeIntents(second)).toHaveLength(1);
  });

  it("after a far session's setup session is created but before it is saved: reconciliation adopts it once the card is saved", async () => {
    const therapist = await paidTherapist();
    const key = `dies-after-setup-${randomUUID()}`;
    await dieAt('insert', 'card_setups');
    expect((await holdSlot(app, client, therapist, nextFar(), { idempotencyKey: key })).errors).toBeDefined();
    await healed();
    const bookingId = (await sql(`select id from bookings where idempotency_key = ?`, [key]))[0].id as string;
    const [session] = await stripeSessions(bookingId);
    expect(session.mode).toBe('setup');
    await app.stripe.control.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
    await settle();
    expect(await bookingRow(bookingId)).toEqual({ status: 'HELD', payment_status: 'PENDING' });
    await reconcile();
    expect(await bookingRow(bookingId)).toEqual({ status: 'CONFIRMED', payment_status: 'CARD_SAVED' });
    expect(await confirmations(bookingId)).toBe(1);
    expect(await stripeSessions(bookingId)).toHaveLength(1);
    expect(await stripeIntents(bookingId)).toHaveLength(0);
  });

  it('after payment but before the webhook is handled: the failed webhook job is retried and confirms once', async () => {
    const therapist = await paidTherapist();
    const held = data(await holdSlot(app, client, therapist, nextNear())).holdSlot;
    await dieAt('update');
    await app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: 'pm_card_visa' });
    await app.stripe.control.settleWebhooks(10_000);
    await app.app.get(JobQueue).drain('payments.webhook');
    expect(await bookingRow(held.id)).toEqual({ status: 'HELD', payment_status: 'PENDING' });
    const retrying = await sql(`select count(*)::int as n from pgboss.job where name = 'payments.webhook' and state in ('retry', 'created', 'active')`);
    expect(retrying[0].n).toBeGreaterThan(0);
    await healed();
    await settle();
    expect(await bookingRow(held.id)).toEqual({ status: 'CONFIRMED', payment_status: 'PAID' });
    expect(await confirmations(held.id)).toBe(1);
    expect(await stripeIntents(held.id)).toHaveLength(1);
  });

  it('after the refund call but before the local write: one refund in Stripe, and the payment catches up', async () => {
    const therapist = await paidTherapist();
    const id = await confirmedPaid(therapist);
    app.stripe.control.injectWebhookFault({ kind: 'drop', count: 50 });
    await dieAt('refund-update');
    const cancelled = await graphql(app.baseUrl, CANCEL, { id, reason: 'cannot make it' }, client);
    expect(cancelled.errors).toBeDefined();
    await healed();
    expect((await bookingRow(id)).status).toBe('CANCELLED');
    const [before] = await paymentsOf(id);
    expect(before.refundedMinor).toBe(0);
    // A retried refund (same booking, same reason) is the same refund.
    await app.app.get(StripePaymentGateway).refund({ bookingId: id, amountMinor: PRICE, reason: 'cancellation' });
    expect((await stripe.refunds.list({ limit: 100 })).data.filter((refund) => refund.payment_intent === before.paymentIntentId)).toHaveLength(1);
    await reconcile();
    const [after] = await paymentsOf(id);
    expect(after).toMatchObject({ status: 'REFUNDED', refundedMinor: PRICE, applicationFeeRefundedMinor: 1500 });
    expect((await stripe.charges.retrieve(after.chargeId!)).amount_refunded).toBe(PRICE);
    expect(await bookingRow(id)).toMatchObject({ status: 'CANCELLED' });
  });

  it('after the off-session charge but before the local write: the retried job finds the same charge, or reconciliation adopts it', async () => {
    const farSessions = app.app.get(FarSessionsService);
    for (const repair of ['retry', 'reconcile'] as const) {
      clock.set(NOW);
      const therapist = await paidTherapist();
      const held = data(await holdSlot(app, client, therapist, nextFar())).holdSlot;
      await app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: 'pm_card_visa' });
      await settle();
      expect(await bookingRow(held.id)).toEqual({ status: 'CONFIRMED', payment_status: 'CARD_SAVED' });
      const job = { bookingId: held.id, startsAt: new Date(held.startsAt).toISOString() };
      clock.set(new Date(new Date(held.startsAt).getTime() - 72 * HOUR));
      app.stripe.control.injectWebhookFault({ kind: 'drop', count: 50 });
      await dieAt('insert');
      await expect(farSessions.chargeFarSession(job)).rejects.toThrow(/injected fault/);
      await healed();
      expect(await stripeIntents(held.id)).toHaveLength(1);
      expect(await bookingRow(held.id)).toEqual({ status: 'CONFIRMED', payment_status: 'CARD_SAVED' });
      if (repair === 'retry') await farSessions.chargeFarSession(job);
      else await reconcile();
      expect(await bookingRow(held.id)).toEqual({ status: 'CONFIRMED', payment_status: 'PAID' });
      expect(await stripeIntents(held.id)).toHaveLength(1);
      expect((await paymentsOf(held.id)).map((payment) => [payment.kind, payment.status])).toEqual([['OFF_SESSION', 'SUCCEEDED']]);
      // And the other path afterwards changes nothing.
      await farSessions.chargeFarSession(job);
      await reconcile();
      expect(await stripeIntents(held.id)).toHaveLength(1);
      expect(await paymentsOf(held.id)).toHaveLength(1);
      app.stripe.control.clearWebhookFaults();
    }
  });
});
