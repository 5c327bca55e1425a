/// <reference types="jest" />
import type Stripe from 'stripe';
import { CARD_ONLY, rejection, type ContractCapabilities, type StripeContractTarget } from './contract-target';

const SUCCESS_URL = 'https://rapport.test/bookings/b1/paid?session={CHECKOUT_SESSION_ID}';
const HOUR = 3600;

/** Hosted Checkout in payment and setup mode: creation, expiry, and (emulator) paying as a customer. */
export function checkoutContract(target: () => StripeContractTarget, capabilities: ContractCapabilities): void {
  const paymentSession = (extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) =>
    target().stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        { price_data: { currency: 'usd', unit_amount: 12_000, product_data: { name: 'Individual session, 50 minutes' } }, quantity: 1 },
        { price_data: { currency: 'usd', unit_amount: 1_000, product_data: { name: 'Booking fee' } }, quantity: 2 },
      ],
      success_url: SUCCESS_URL,
      cancel_url: 'https://rapport.test/bookings/b1',
      client_reference_id: 'booking_b1',
      metadata: { bookingId: 'b1' },
      ...extra,
    });

  describe('Checkout Sessions', () => {
    it('creates an open payment session with the total, a hosted URL and a 24-hour expiry', async () => {
      const session = await paymentSession({ customer_email: 'client@example.com' });
      expect(session.id).toMatch(/^cs_test_/);
      expect(session).toMatchObject({
        object: 'checkout.session',
        mode: 'payment',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: 14_000,
        currency: 'usd',
        client_reference_id: 'booking_b1',
        customer_email: 'client@example.com',
        metadata: { bookingId: 'b1' },
        success_url: SUCCESS_URL,
        livemode: false,
      });
      expect(session.url).toMatch(/^https?:\/\//);
      expect(session.expires_at - session.created).toBeGreaterThanOrEqual(24 * HOUR - 5);
      expect((await target().stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    });

    it('creates a setup session that takes no payment', async () => {
      const customer = await target().stripe.customers.create({ email: 'later@example.com' });
      const session = await target().stripe.checkout.sessions.create({
        mode: 'setup',
        currency: 'usd',
        customer: customer.id,
        setup_intent_data: { metadata: { bookingId: 'b2' } },
        success_url: SUCCESS_URL,
      });
      expect(session).toMatchObject({ mode: 'setup', status: 'open', payment_status: 'no_payment_required', customer: customer.id, amount_total: null });
    });

    it('expires an open session once, then refuses', async () => {
      const session = await paymentSession();
      const expired = await target().stripe.checkout.sessions.expire(session.id);
      expect(expired).toMatchObject({ status: 'expired', url: null });
      const error = await rejection(target().stripe.checkout.sessions.expire(session.id));
      expect(error.type).toBe('StripeInvalidRequestError');
    });

    it('refuses an expiry under 30 minutes away and both customer and customer_email, naming the param', async () => {
      const { stripe, control } = target();
      const now = control ? control.now() : Math.floor(Date.now() / 1000);
      const soon = await rejection(paymentSession({ expires_at: now + 10 * 60 }));
      expect(soon).toMatchObject({ type: 'StripeInvalidRequestError', param: 'expires_at' });
      const customer = await stripe.customers.create({});
      const both = await rejection(paymentSession({ customer: customer.id, customer_email: 'x@example.com' }));
      expect(both.type).toBe('StripeInvalidRequestError');
    });

    if (!capabilities.controls) return;

    it('completes with a destination charge carrying payment_intent_data, found again by payment_intent', async () => {
      const { stripe, control } = target();
      const account = await target().onboardedAccount();
      const session = await paymentSession({
        customer_email: 'payer@example.com',
        payment_intent_data: { application_fee_amount: 1_400, transfer_data: { destination: account }, metadata: { bookingId: 'b1' } },
      });
      const result = await control!.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
      expect(result.outcome).toBe('complete');
      expect(result.redirectUrl).toBe(`https://rapport.test/bookings/b1/paid?session=${session.id}`);
      const paid = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
      expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', url: null, customer_details: { email: 'payer@example.com' } });
      const paymentIntent = paid.payment_intent as Stripe.PaymentIntent;
      expect(paymentIntent).toMatchObject({ status: 'succeeded', amount: 14_000, application_fee_amount: 1_400, transfer_data: { destination: account }, metadata: { bookingId: 'b1' } });
      const found = await stripe.checkout.sessions.list({ payment_intent: paymentIntent.id });
      expect(found.data.map((item) => item.id)).toEqual([session.id]);
    });

    it('stays open after a declined card, then completes with the same PaymentIntent', async () => {
      const { stripe, control } = target();
      const session = await paymentSession();
      const declined = await control!.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_chargeDeclinedInsufficientFunds' });
      expect(declined).toMatchObject({ outcome: 'declined', message: 'Your card has insufficient funds.', session: { status: 'open' } });
      const firstAttempt = declined.session.payment_intent as string;
      expect((await stripe.paymentIntents.retrieve(firstAttempt)).status).toBe('requires_payment_method');
      const paid = await control!.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_mastercard' });
      expect(paid.session).toMatchObject({ status: 'complete', payment_intent: firstAttempt });
    });

    it('waits for authentication, then completes when approved or stays open when refused', async () => {
      const { control } = target();
      const session = await paymentSession();
      const waiting = await control!.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_authenticationRequired' });
      expect(waiting.outcome).toBe('requires_action');
      const refused = await control!.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_authenticationRequired', authentication: 'fail' });
      expect(refused).toMatchObject({ outcome: 'declined', session: { status: 'open' } });
      const approved = await control!.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_authenticationRequired', authentication: 'approve' });
      expect(approved.session.status).toBe('complete');
    });

    it('saves a card in setup mode, which then pays off-session later', async () => {
      const { stripe, control } = target();
      const customer = await stripe.customers.create({ email: 'later@example.com' });
      const session = await stripe.checkout.sessions.create({ mode: 'setup', currency: 'usd', customer: customer.id, setup_intent_data: { metadata: { bookingId: 'b3' } }, success_url: SUCCESS_URL });
      await control!.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
      const done = await stripe.checkout.sessions.retrieve(session.id, { expand: ['setup_intent'] });
      const setupIntent = done.setup_intent as Stripe.SetupIntent;
      expect(setupIntent).toMatchObject({ object: 'setup_intent', status: 'succeeded', customer: customer.id, metadata: { bookingId: 'b3' } });
      const charge = await stripe.paymentIntents.create({
        amount: 12_000, currency: 'usd', ...CARD_ONLY, customer: customer.id,
        payment_method: setupIntent.payment_method as string, off_session: true, confirm: true,
      });
      expect(charge.status).toBe('succeeded');
    });

    it('creates the customer and saves the card when payment_intent_data asks to set it up for later', async () => {
      const { stripe, control } = target();
      const session = await paymentSession({ customer_email: 'new@example.com', payment_intent_data: { setup_future_usage: 'off_session' } });
      const result = await control!.completeCheckoutSession(session.id, { paymentMethod: 'pm_card_visa' });
      const customer = result.session.customer as string;
      expect(customer).toMatch(/^cus_/);
      expect((await stripe.customers.retrieve(customer)) as Stripe.Customer).toMatchObject({ email: 'new@example.com' });
      expect((await stripe.customers.listPaymentMethods(customer)).data).toHaveLength(1);
    });

    it('completes unpaid with a delayed payment, then reports whether the money arrived', async () => {
      const { stripe, control } = target();
      const asyncTypes = (sessionId: string) =>
        stripe.events
          .list({ type: 'checkout.session.async_payment_*', limit: 20 })
          .then((page) => page.data.filter((event) => (event.data.object as Stripe.Checkout.Session).id === sessionId).map((event) => event.type));
      const arrives = await paymentSession();
      const pending = await control!.completeCheckoutSession(arrives.id, { delayed: true });
      expect(pending.session).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
      expect((await stripe.paymentIntents.retrieve(pending.session.payment_intent as string)).status).toBe('processing');
      expect(await control!.settleDelayedPayment(arrives.id, 'succeeded')).toMatchObject({ payment_status: 'paid' });
      expect((await stripe.paymentIntents.retrieve(pending.session.payment_intent as string)).status).toBe('succeeded');
      expect(await asyncTypes(arrives.id)).toEqual(['checkout.session.async_payment_succeeded']);

      const fails = await paymentSession();
      await control!.completeCheckoutSession(fails.id, { delayed: true });
      expect(await control!.settleDelayedPayment(fails.id, 'failed')).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
      expect(await asyncTypes(fails.id)).toEqual(['checkout.session.async_payment_failed']);
    });

    it('expires a session when the clock passes expires_at, with checkout.session.expired', async () => {
      const { stripe, control } = target();
      const session = await paymentSession({ expires_at: control!.now() + HOUR });
      await control!.advanceClock(HOUR + 1);
      expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('expired');
      const events = await stripe.events.list({ type: 'checkout.session.expired', limit: 10 });
      expect(events.data.some((event) => (event.data.object as Stripe.Checkout.Session).id === session.id)).toBe(true);
    });
  });
}
