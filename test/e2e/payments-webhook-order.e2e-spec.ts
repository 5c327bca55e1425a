import fc from 'fast-check';
import Stripe from 'stripe';
import { signatureHeader } from '@rapport/stripe-emulator';
import { HoldExpiryJob } from '../../apps/api/src/bookings/hold-expiry.job';
import { EMULATOR_WEBHOOK_SECRET, STRIPE } from '../../apps/api/src/payments/stripe-client';
import { createAdmin, signUpAs, TestAccount } from '../support/accounts';
import { createBookableTherapist, holdSlot } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { drainWebhookJobs } from '../support/payments';
import { startTestApp, TestApp } from '../support/test-app';

// Property: every event of a booking's life, each delivered 1–3 times in a random
// order, leaves Rapport exactly as delivering them once, in order, does. The
// events are the ones the emulator really produced and signed as Stripe does;
// before each run the booking's local state is put back to where it was before
// any webhook arrived. PAYMENT_WEBHOOK_RUNS=1000 for the long run.
const RUNS = Number(process.env.PAYMENT_WEBHOOK_RUNS ?? 12);
const SEED = Number(process.env.PAYMENT_WEBHOOK_SEED ?? 20261130);
const NOW = '2026-03-02T12:00:00.000Z';
const clock = new FixedClock(new Date(NOW));

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;
let stripe: Stripe;

interface Life {
  name: string;
  bookingId: string;
  /** The booking as it was before any webhook: the reset point of every run. */
  initial: { status: string; holdExpiresAt: Date | null };
  events: Stripe.Event[];
  expected: LocalState;
}

interface LocalState {
  booking: Record<string, unknown>;
  payments: Record<string, unknown>[];
  confirmations: number;
  disputeFlags: number;
  stripeRefunds: number;
}

const sql = (query: string, params: unknown[] = []) => app.em().getConnection().execute(query, params);

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440' } });
  // Nothing is delivered by the emulator here: the test delivers every event itself.
  app.stripe.control.setWebhookEndpoints([]);
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT');
  stripe = app.app.get<Stripe>(STRIPE);
});
afterAll(() => app.close());

async function deliver(event: Stripe.Event): Promise<void> {
  const body = JSON.stringify(event);
  const response = await fetch(`${app.baseUrl}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signatureHeader(body, EMULATOR_WEBHOOK_SECRET, Math.floor(Date.now() / 1000)) },
    body,
  });
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
}

async function eventsSince(createdFrom: number): Promise<Stripe.Event[]> {
  const events: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ created: { gte: createdFrom }, limit: 100 })) events.push(event);
  return events.reverse(); // oldest first: the order Stripe created them in
}

async function reset(life: Pick<Life, 'bookingId' | 'initial'>): Promise<void> {
  await sql(`update bookings set status = ?, payment_status = 'PENDING', hold_expires_at = ? where id = ?`, [life.initial.status, life.initial.holdExpiresAt, life.bookingId]);
  await sql(
    `update payments set status = 'OPEN', payment_intent_id = null, charge_id = null, refunded_minor = 0, application_fee_refunded_minor = 0, disputed = false, last_error = null where booking_id = ?`,
    [life.bookingId],
  );
  await sql(`delete from processed_webhook_events`);
}

async function localState(bookingId: string, since: { confirmations: number; disputeFlags: number }): Promise<LocalState> {
  const [booking] = await sql(`select status, payment_status, refund_minor from bookings where id = ?`, [bookingId]);
  const payments = await sql(
    `select attempt, status, payment_intent_id, charge_id, amount_minor, application_fee_minor, refunded_minor, application_fee_refunded_minor, disputed from payments where booking_id = ? order by attempt`,
    [bookingId],
  );
  const [{ n: confirmations }] = await sql(`select count(*)::int as n from booking_events where booking_id = ? and to_status = 'CONFIRMED'`, [bookingId]);
  const [{ n: disputeFlags }] = await sql(`select count(*)::int as n from audit_events where subject_id = ? and action = 'payment.disputed'`, [bookingId]);
  const chargeId = (payments as { charge_id: string | null }[]).find((payment) => payment.charge_id)?.charge_id;
  // Refunds Stripe made on the charge (the emulator does not list refunds; their events say it).
  let stripeRefunds = 0;
  if (chargeId) for await (const event of stripe.events.list({ type: 'refund.created', limit: 100 })) if ((event.data.object as Stripe.Refund).charge === chargeId) stripeRefunds += 1;
  return { booking, payments, confirmations: confirmations - since.confirmations, disputeFlags: disputeFlags - since.disputeFlags, stripeRefunds };
}

async function counters(bookingId: string) {
  const [{ n: confirmations }] = await sql(`select count(*)::int as n from booking_events where booking_id = ? and to_status = 'CONFIRMED'`, [bookingId]);
  const [{ n: disputeFlags }] = await sql(`select count(*)::int as n from audit_events where subject_id = ? and action = 'payment.disputed'`, [bookingId]);
  return { confirmations, disputeFlags };
}

/** Runs one booking's life against the emulator (no webhooks delivered), then the in-order delivery that defines the expected state. */
async function live(name: string, startsAt: string, story: (bookingId: string, sessionId: string) => Promise<void>): Promise<Life> {
  clock.set(NOW);
  const therapist = await createBookableTherapist(app, admin, { sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: 15000 } });
  const from = app.stripe.control.now();
  const held = (await holdSlot(app, client, therapist, startsAt)).data!.holdSlot;
  await story(held.id, held.checkoutUrl.split('/').pop());
  const [row] = await sql(`select status, hold_expires_at from bookings where id = ?`, [held.id]);
  const initial = { status: row.status, holdExpiresAt: row.hold_expires_at };
  // In order, once: this may itself act on Stripe (a refund), whose events then belong to the life too.
  const first = await eventsSince(from);
  for (const event of first) await deliver(event);
  await drainWebhookJobs(app, { intervalMs: 50 });
  const events = await eventsSince(from);
  await reset({ bookingId: held.id, initial });
  const before = await counters(held.id);
  for (const event of events) await deliver(event);
  await drainWebhookJobs(app, { intervalMs: 50 });
  return { name, bookingId: held.id, initial, events, expected: await localState(held.id, before) };
}

it(`ends every booking's life in the in-order state, whatever the order and repeats of its webhooks (${RUNS} runs)`, async () => {
  const lives: Life[] = [
    // A declined card, then a good one: confirmed once.
    await live('paid after a decline', '2026-03-03T15:00:00.000Z', async (_bookingId, sessionId) => {
      await app.stripe.control.completeCheckoutSession(sessionId, { paymentMethod: 'pm_card_chargeDeclined' });
      await app.stripe.control.completeCheckoutSession(sessionId, { paymentMethod: 'pm_card_visa' });
    }),
    // Paid after the hold expired: refunded in full, never confirmed (a late payment_intent.succeeded included).
    await live('paid after the hold was lost', '2026-03-04T15:00:00.000Z', async (_bookingId, sessionId) => {
      clock.set(new Date(new Date(NOW).getTime() + 11 * 60_000));
      await app.app.get(HoldExpiryJob).run();
      await app.stripe.control.completeCheckoutSession(sessionId, { paymentMethod: 'pm_card_visa' });
    }),
    // Paid, then disputed: confirmed once, flagged for admins once.
    await live('paid then disputed', '2026-03-05T15:00:00.000Z', async (_bookingId, sessionId) => {
      const { session } = await app.stripe.control.completeCheckoutSession(sessionId, { paymentMethod: 'pm_card_visa' });
      const intent = await stripe.paymentIntents.retrieve(session.payment_intent as string);
      await app.stripe.control.createDispute(intent.latest_charge as string);
    }),
  ];
  expect(lives.map((life) => [life.name, life.expected.booking.status, life.expected.payments[0].status, life.expected.confirmations, life.expected.disputeFlags, life.expected.stripeRefunds])).toEqual([
    ['paid after a decline', 'CONFIRMED', 'SUCCEEDED', 1, 0, 0],
    ['paid after the hold was lost', 'EXPIRED', 'REFUNDED', 0, 0, 1],
    ['paid then disputed', 'CONFIRMED', 'SUCCEEDED', 1, 1, 0],
  ]);
  for (const life of lives) expect(life.events.length).toBeGreaterThan(5);

  let deliveries = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: lives.length - 1 }).chain((index) =>
        fc.tuple(
          fc.constant(index),
          fc.array(fc.integer({ min: 1, max: 3 }), { minLength: lives[index].events.length, maxLength: lives[index].events.length }),
        ),
      ),
      async ([index, copies]) => {
        const life = lives[index];
        const bag = life.events.flatMap((event, i) => Array.from({ length: copies[i] }, () => event));
        // Shuffle with fast-check's own choices (reproducible from the seed).
        const order = fc.sample(fc.shuffledSubarray(bag.map((_, i) => i), { minLength: bag.length, maxLength: bag.length }), { numRuns: 1, seed: SEED + deliveries })[0];
        await reset(life);
        const before = await counters(life.bookingId);
        for (const i of order) await deliver(bag[i]);
        deliveries += bag.length;
        await drainWebhookJobs(app, { intervalMs: 50 });
        expect(await localState(life.bookingId, before)).toEqual(life.expected);
      },
    ),
    { numRuns: RUNS, seed: SEED },
  );
  process.stderr.write(`[payments-webhook-order] ${RUNS} runs, ${deliveries} deliveries, all equal to in-order delivery\n`);
}, Math.max(120_000, RUNS * 4_000));
