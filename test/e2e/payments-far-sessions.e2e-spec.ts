import Stripe from 'stripe';
import { HoldExpiryJob } from '../../apps/api/src/bookings/hold-expiry.job';
import { FarSessionsService } from '../../apps/api/src/payments/far-sessions/far-sessions.service';
import { PaymentsService } from '../../apps/api/src/payments/payments.service';
import { Payment } from '../../apps/api/src/payments/entities/payment.entity';
import { STRIPE } from '../../apps/api/src/payments/stripe-client';
import { OutboxProcessor } from '../../apps/api/src/outbox/outbox.processor';
import { createAdmin, logInAgain, signUpAs, TestAccount } from '../support/accounts';
import { BookableTherapist, CANCEL, createBookableTherapist, holdSlot, NO_SHOW, RESCHEDULE } from '../support/bookings';
import { FixedClock } from '../support/fixed-clock';
import { errorCode, graphql } from '../support/graphql-client';
import { dataOf, sessionIdOf, settlePaymentWork } from '../support/payments';
import { startTestApp, TestApp } from '../support/test-app';
import { waitUntil } from '../support/wait-until';

// Monday 2026-03-02 07:00 in New York. Sessions 10+ days out are "far" (authorization window 6 days).
const NOW = '2026-03-02T12:00:00.000Z';
const FAR_1000 = '2026-03-12T14:00:00.000Z'; // Thursday 10:00 New York (EDT from March 8)
const DAY = 86_400_000;
const HOUR = 3_600_000;
const clock = new FixedClock(new Date(NOW));
const PRICE = 15000;
const FEE = 1500;

let app: TestApp;
let admin: TestAccount;
let client: TestAccount;
let stripe: Stripe;
let far: FarSessionsService;
let dayOffset = 0;

beforeAll(async () => {
  app = await startTestApp({ clock, env: { SESSION_IDLE_MINUTES: '1440', SESSION_TTL_HOURS: '2160' } });
  admin = await createAdmin(app);
  client = await signUpAs(app, 'CLIENT');
  stripe = app.app.get<Stripe>(STRIPE);
  far = app.app.get(FarSessionsService);
});
afterAll(() => app.close());
beforeEach(() => {
  clock.set(NOW);
  app.stripe.control.resumeWebhooks();
  app.stripe.control.clearWebhookFaults();
});

const data = dataOf;
const paidTherapist = (settings: Record<string, unknown> = {}) =>
  createBookableTherapist(app, admin, { sessionType: { name: 'Therapy', kind: 'INDIVIDUAL', priceMinor: PRICE }, settings });
/** A far weekday 10:00 New York, a different one per call. */
const nextFarStart = () => new Date(new Date(FAR_1000).getTime() + [0, 1, 4, 5, 6, 7, 8, 11, 12, 13][dayOffset++ % 10] * DAY).toISOString();
const bookingRow = async (id: string) =>
  (await app.em().getConnection().execute(`select status, payment_status, cancelled_by, refund_minor, cancellation_fee_minor from bookings where id = ?`, [id]))[0] as Record<string, any>;
const paymentsOf = (bookingId: string) => app.em().fork().find(Payment, { booking: bookingId }, { orderBy: { attempt: 'asc' } });
const confirmations = async (id: string) =>
  (await app.em().getConnection().execute(`select count(*)::int as n from booking_events where booking_id = ? and to_status = 'CONFIRMED' and from_status = 'HELD'`, [id]))[0].n as number;
const waitingJob = async (name: string, key: string) =>
  (await app.em().getConnection().execute(`select data, start_after from pgboss.job where name = ? and singleton_key = ? and state in ('created', 'retry')`, [name, key]))[0] as
    | { data: { bookingId: string; startsAt: string }; start_after: Date }
    | undefined;
const jobStates = async (name: string, key: string) =>
  ((await app.em().getConnection().execute(`select state from pgboss.job where name = ? and singleton_key = ?`, [name, key])) as { state: string }[]).map((row) => row.state);
/** The outbox poller may be delivering the event that schedules it while the test drains: wait for it. */
const scheduledJob = (name: string, key: string) => waitUntil(() => waitingJob(name, key), (job) => job !== undefined);
/** Whether the job is gone (cancelled by the booking.changed handler), waiting for a poller mid-delivery. */
const goneJob = async (name: string, key: string) => (await waitUntil(() => waitingJob(name, key), (job) => job === undefined)) === undefined;
const intentsOf = async (bookingId: string) => (await stripe.paymentIntents.list({ limit: 100 })).data.filter((intent) => intent.metadata.bookingId === bookingId);

const settle = () => settlePaymentWork(app);

/** Holds a far session and saves `card` on its setup-mode checkout. */
async function farBooking(therapist: BookableTherapist, card: string, startsAt = nextFarStart()) {
  const held = data(await holdSlot(app, client, therapist, startsAt)).holdSlot;
  // Saving a card that asks for authentication: the client approves it on the page (later charges still need them).
  const saved = await app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: card, authentication: 'approve' });
  expect(saved.outcome).toBe('complete');
  await settle();
  return { id: held.id as string, checkoutUrl: held.checkoutUrl as string, startsAt };
}

/** Runs the charge job as pg-boss would at its time (the clock is fixed, so its real delay is days). */
async function runChargeJob(bookingId: string) {
  const job = await scheduledJob('payments.charge-far-session', `far-charge:${bookingId}`);
  expect(job).toBeDefined();
  clock.set(new Date(new Date(job!.data.startsAt).getTime() - 72 * HOUR));
  await far.chargeFarSession(job!.data);
  await settle();
}

describe('far sessions: save the card now, charge it before the session', () => {
  it('saves the card in setup mode (no charge), confirms once, then charges off-session 72 h before with the destination charge and fee', async () => {
    const therapist = await paidTherapist();
    const startsAt = nextFarStart();
    const held = data(await holdSlot(app, client, therapist, startsAt)).holdSlot;
    const session = await stripe.checkout.sessions.retrieve(sessionIdOf(held.checkoutUrl));
    expect(session).toMatchObject({ mode: 'setup', metadata: { bookingId: held.id } });
    expect(session.customer).toMatch(/^cus_/);
    expect(held.paymentStatus).toBe('PENDING');

    await app.stripe.control.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
    await settle();
    // The return page after the webhook changes nothing.
    const returned = data(await graphql(app.baseUrl, `mutation ($id: ID!) { confirmCheckout(bookingId: $id) { status paymentStatus } }`, { id: held.id }, client));
    expect(returned.confirmCheckout).toEqual({ status: 'CONFIRMED', paymentStatus: 'CARD_SAVED' });
    expect(await confirmations(held.id)).toBe(1);
    expect(await paymentsOf(held.id)).toHaveLength(0);
    expect(await intentsOf(held.id)).toHaveLength(0);

    const job = await scheduledJob('payments.charge-far-session', `far-charge:${held.id}`);
    expect(new Date(job!.data.startsAt).toISOString()).toBe(startsAt);
    expect(await scheduledJob('payments.payment-deadline', `far-deadline:${held.id}`)).toBeDefined();

    await runChargeJob(held.id);
    expect(await bookingRow(held.id)).toMatchObject({ status: 'CONFIRMED', payment_status: 'PAID' });
    // Paid off-session: the deadline job is cancelled, not left to run.
    expect(await waitingJob('payments.payment-deadline', `far-deadline:${held.id}`)).toBeUndefined();
    expect(await jobStates('payments.payment-deadline', `far-deadline:${held.id}`)).toContain('cancelled');
    const [payment] = await paymentsOf(held.id);
    expect(payment).toMatchObject({ kind: 'OFF_SESSION', purpose: 'SESSION', status: 'SUCCEEDED', amountMinor: PRICE, applicationFeeMinor: FEE, checkoutSessionId: null });
    const accountId = (await app.em().getConnection().execute(`select stripe_account_id from therapist_profiles where id = ?`, [therapist.profileId]))[0].stripe_account_id;
    expect(await stripe.paymentIntents.retrieve(payment.paymentIntentId!)).toMatchObject({ amount: PRICE, application_fee_amount: FEE, transfer_data: { destination: accountId }, status: 'succeeded' });

    // The job running again (a retry, another replica) charges nothing more.
    await far.chargeFarSession(job!.data);
    await far.chargeFarSession({ bookingId: held.id, startsAt });
    expect(await intentsOf(held.id)).toHaveLength(1);
    expect(await paymentsOf(held.id)).toHaveLength(1);
    expect(await confirmations(held.id)).toBe(1);
  });

  it.each([
    ['a declined card', 'pm_card_chargeCustomerFail', /declined/i],
    ['a card that needs the client (authentication_required)', 'pm_card_authenticationRequired', /authentication/i],
  ])('makes the booking PAYMENT_DUE after %s, mails the pay-now link, and the client pays on a fresh checkout', async (_name, card, message) => {
    const therapist = await paidTherapist();
    const booking = await farBooking(therapist, card);
    expect(await bookingRow(booking.id)).toMatchObject({ status: 'CONFIRMED', payment_status: 'CARD_SAVED' });
    await runChargeJob(booking.id);
    expect(await bookingRow(booking.id)).toMatchObject({ status: 'CONFIRMED', payment_status: 'PAYMENT_DUE' });
    const [failed] = await paymentsOf(booking.id);
    expect(failed).toMatchObject({ kind: 'OFF_SESSION', status: 'FAILED' });
    expect(failed.lastError).toMatch(message);
    // The client is told, with the link (the mail job is keyed per booking and start).
    const mails = async () =>
      (await app.em().getConnection().execute(`select count(*)::int as n from pgboss.job where name = 'mail.send' and singleton_key = ?`, [`${booking.id}:payment-due:${booking.startsAt}`]))[0].n as number;
    expect(await waitUntil(mails, (sent) => sent > 0)).toBe(1);
    // The charge job is done; the deadline is still ahead.
    expect(await goneJob('payments.charge-far-session', `far-charge:${booking.id}`)).toBe(true);
    expect(await scheduledJob('payments.payment-deadline', `far-deadline:${booking.id}`)).toBeDefined();

    const me = await logInAgain(app, client);
    const seen = data(await graphql(app.baseUrl, `query ($id: ID!) { booking(id: $id) { paymentStatus } }`, { id: booking.id }, me));
    expect(seen.booking.paymentStatus).toBe('PAYMENT_DUE');
    const payNow = data(await graphql(app.baseUrl, `mutation ($id: ID!) { payBookingNow(bookingId: $id) { checkoutUrl dueBy } }`, { id: booking.id }, me)).payBookingNow;
    expect(new Date(payNow.dueBy).toISOString()).toBe(new Date(new Date(booking.startsAt).getTime() - 24 * HOUR).toISOString());
    const session = await stripe.checkout.sessions.retrieve(sessionIdOf(payNow.checkoutUrl));
    expect(session).toMatchObject({ mode: 'payment', amount_total: PRICE });
    // Asked twice, the same session.
    expect(data(await graphql(app.baseUrl, `mutation ($id: ID!) { payBookingNow(bookingId: $id) { checkoutUrl } }`, { id: booking.id }, me)).payBookingNow.checkoutUrl).toBe(payNow.checkoutUrl);

    await app.stripe.control.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
    await settle();
    expect(await bookingRow(booking.id)).toMatchObject({ status: 'CONFIRMED', payment_status: 'PAID' });
    expect(await confirmations(booking.id)).toBe(1);
    // Paid: the deadline job is cancelled, not left to run; its data, were it to run anyway, leaves the booking alone.
    expect(await waitingJob('payments.payment-deadline', `far-deadline:${booking.id}`)).toBeUndefined();
    expect(await jobStates('payments.payment-deadline', `far-deadline:${booking.id}`)).toContain('cancelled');
    clock.set(new Date(new Date(booking.startsAt).getTime() - 24 * HOUR));
    await far.paymentDeadline({ bookingId: booking.id, startsAt: booking.startsAt });
    expect(await bookingRow(booking.id)).toMatchObject({ status: 'CONFIRMED', payment_status: 'PAID' });
    // Paid: nothing more to pay.
    expect(errorCode(await graphql(app.baseUrl, `mutation ($id: ID!) { payBookingNow(bookingId: $id) { checkoutUrl } }`, { id: booking.id }, await logInAgain(app, client)))).toBe('CONFLICT');
  });

  it('cancels a booking still unpaid at the deadline (system, nothing charged) and frees the slot for someone else', async () => {
    const therapist = await paidTherapist();
    const booking = await farBooking(therapist, 'pm_card_chargeCustomerFail');
    await runChargeJob(booking.id);
    // Someone waits for this therapist.
    const waiting = await logInAgain(app, await signUpAs(app, 'CLIENT'));
    data(await graphql(app.baseUrl, `mutation ($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { id } }`, {
      input: { therapistId: therapist.profileId, jurisdiction: 'NY', timeZone: 'America/New_York' },
    }, waiting));
    const deadline = await scheduledJob('payments.payment-deadline', `far-deadline:${booking.id}`);
    clock.set(new Date(new Date(booking.startsAt).getTime() - 24 * HOUR));
    await far.paymentDeadline(deadline!.data);
    await settle();
    expect(await bookingRow(booking.id)).toMatchObject({ status: 'CANCELLED', payment_status: 'PAYMENT_DUE', cancelled_by: 'SYSTEM', refund_minor: 0, cancellation_fee_minor: 0 });
    expect((await paymentsOf(booking.id)).every((payment) => payment.status !== 'SUCCEEDED')).toBe(true);
    // Running it again does nothing; the freed time is offered to the waiting client (a hold of theirs, at that time).
    await far.paymentDeadline(deadline!.data);
    const waitingNow = await logInAgain(app, waiting);
    const offered = await waitUntil(async (): Promise<string | null> => {
      await app.app.get(OutboxProcessor).drain();
      return data(await graphql(app.baseUrl, `query { myWaitlist { offeredBookingId } }`, {}, waitingNow)).myWaitlist[0]?.offeredBookingId ?? null;
    }, (id) => id !== null);
    expect(offered).not.toBeNull();
    const offer = (await app.em().getConnection().execute(`select status, starts_at from bookings where id = ?`, [offered]))[0];
    expect(offer.status).toBe('HELD');
    expect(new Date(offer.starts_at).toISOString()).toBe(booking.startsAt);
  });

  it('charges at the deadline a saved card whose charge job never ran, instead of cancelling', async () => {
    const therapist = await paidTherapist();
    const booking = await farBooking(therapist, 'pm_card_visa');
    const deadline = await scheduledJob('payments.payment-deadline', `far-deadline:${booking.id}`);
    clock.set(new Date(new Date(booking.startsAt).getTime() - 24 * HOUR));
    await far.paymentDeadline(deadline!.data);
    await settle();
    expect(await bookingRow(booking.id)).toMatchObject({ status: 'CONFIRMED', payment_status: 'PAID' });
    expect(await intentsOf(booking.id)).toHaveLength(1);
  });

  it("expires a lapsed far hold's setup session: no card can be saved for it afterwards", async () => {
    const therapist = await paidTherapist();
    const held = data(await holdSlot(app, client, therapist, nextFarStart())).holdSlot;
    expect(await scheduledJob('payments.expire-card-setup', `expire-setup:${held.id}`)).toBeDefined();
    clock.set(new Date(new Date(NOW).getTime() + 11 * 60_000));
    await app.app.get(HoldExpiryJob).run();
    await app.app.get(PaymentsService).expireCardSetup(held.id);
    expect((await stripe.checkout.sessions.retrieve(sessionIdOf(held.checkoutUrl))).status).toBe('expired');
    expect((await app.em().getConnection().execute(`select status from card_setups where booking_id = ?`, [held.id]))[0].status).toBe('EXPIRED');
    await expect(app.stripe.control.completeCheckoutSession(sessionIdOf(held.checkoutUrl), { paymentMethod: 'pm_card_visa' })).rejects.toThrow();
    expect(await bookingRow(held.id)).toMatchObject({ status: 'EXPIRED', payment_status: 'PENDING' });
  });

  it('moves the charge and deadline jobs with a reschedule and drops them on cancel', async () => {
    const therapist = await paidTherapist();
    const booking = await farBooking(therapist, 'pm_card_visa');
    const moved = new Date(new Date(booking.startsAt).getTime() + 2 * HOUR).toISOString();
    data(await graphql(app.baseUrl, RESCHEDULE, { id: booking.id, newStartsAt: moved }, client));
    await settle();
    const job = await waitUntil(() => waitingJob('payments.charge-far-session', `far-charge:${booking.id}`), (waiting) => waiting?.data.startsAt === moved);
    expect(job!.data.startsAt).toBe(moved);
    // The old job's data (startsAt before the move) does nothing.
    await far.chargeFarSession({ bookingId: booking.id, startsAt: booking.startsAt });
    expect(await intentsOf(booking.id)).toHaveLength(0);

    data(await graphql(app.baseUrl, CANCEL, { id: booking.id, reason: 'plans changed' }, client));
    await settle();
    expect(await goneJob('payments.charge-far-session', `far-charge:${booking.id}`)).toBe(true);
    expect(await goneJob('payments.payment-deadline', `far-deadline:${booking.id}`)).toBe(true);
    await far.chargeFarSession(job!.data);
    expect(await intentsOf(booking.id)).toHaveLength(0);
    expect(await bookingRow(booking.id)).toMatchObject({ status: 'CANCELLED', refund_minor: 0 });
  });
});

describe('no-show fees and refunds', () => {
  it('charges the no-show fee off-session to the saved card of a far session not yet charged', async () => {
    const therapist = await paidTherapist({ noShowFeePercent: 40 });
    const booking = await farBooking(therapist, 'pm_card_visa');
    clock.set(new Date(new Date(booking.startsAt).getTime() + HOUR));
    data(await graphql(app.baseUrl, NO_SHOW, { id: booking.id }, await logInAgain(app, therapist)));
    const fees = (await paymentsOf(booking.id)).filter((payment) => payment.purpose === 'FEE');
    expect(fees).toHaveLength(1);
    expect(fees[0]).toMatchObject({ kind: 'OFF_SESSION', status: 'SUCCEEDED', amountMinor: 6000, applicationFeeMinor: 600 });
    expect(await bookingRow(booking.id)).toMatchObject({ status: 'NO_SHOW', cancellation_fee_minor: 6000 });
    // Settling afterwards (its webhooks) neither refunds the fee nor re-confirms.
    await settle();
    expect((await paymentsOf(booking.id))[0]).toMatchObject({ status: 'SUCCEEDED', refundedMinor: 0 });
    // The far-session charge job, should it still run, charges nothing.
    await far.chargeFarSession({ bookingId: booking.id, startsAt: booking.startsAt });
    expect(await intentsOf(booking.id)).toHaveLength(1);
  });

  it('records a declined no-show fee, visible to admins in the audit log, and does not retry it', async () => {
    const therapist = await paidTherapist({ noShowFeePercent: 50 });
    const booking = await farBooking(therapist, 'pm_card_chargeCustomerFail');
    clock.set(new Date(new Date(booking.startsAt).getTime() + HOUR));
    data(await graphql(app.baseUrl, NO_SHOW, { id: booking.id }, await logInAgain(app, therapist)));
    const [fee] = await paymentsOf(booking.id);
    expect(fee).toMatchObject({ purpose: 'FEE', status: 'FAILED' });
    expect(fee.lastError).toMatch(/declined/i);
    const audit = await app.em().getConnection().execute(`select count(*)::int as n from audit_events where subject_id = ? and action = 'payment.fee_declined'`, [booking.id]);
    expect(audit[0].n).toBe(1);
    await settle();
    expect(await intentsOf(booking.id)).toHaveLength(1);
  });

  it('refunds the rest of a paid session on a no-show, reversing the transfer and the application fee in proportion', async () => {
    const therapist = await paidTherapist({ noShowFeePercent: 40 });
    const near = new Date(new Date(NOW).getTime() + DAY + 3 * HOUR).toISOString(); // Tuesday 10:00 New York
    const held = data(await holdSlot(app, client, therapist, near)).holdSlot;
    const session = await stripe.checkout.sessions.retrieve(sessionIdOf(held.checkoutUrl));
    expect(session).toMatchObject({ mode: 'payment' });
    await app.stripe.control.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
    await settle();
    const [paid] = await paymentsOf(held.id);
    // The checkout saved the card for later fees.
    expect((await stripe.paymentIntents.retrieve(paid.paymentIntentId!)).setup_future_usage).toBe('off_session');
    clock.set(new Date(new Date(near).getTime() + HOUR));
    data(await graphql(app.baseUrl, NO_SHOW, { id: held.id }, await logInAgain(app, therapist)));
    const [payment] = await paymentsOf(held.id);
    expect(payment).toMatchObject({ refundedMinor: 9000, applicationFeeRefundedMinor: 900 });
    const charge = await stripe.charges.retrieve(payment.chargeId!, { expand: ['transfer'] });
    expect(charge.amount_refunded).toBe(9000);
    // The transfer is reversed by the refunded share, the platform fee refunded by the same share: the therapist keeps 40% of their 90%.
    const transfer = charge.transfer as Stripe.Transfer;
    expect(transfer.amount_reversed).toBe(9000);
    const fee = await stripe.applicationFees.retrieve(charge.application_fee as string);
    expect(fee.amount_refunded).toBe(900);
    expect(transfer.amount - transfer.amount_reversed - (fee.amount - fee.amount_refunded)).toBe(5400);
    expect((await paymentsOf(held.id)).filter((row) => row.purpose === 'FEE')).toHaveLength(0);
  });
});
