/// <reference types="jest" />
import type Stripe from 'stripe';
import { CARD_ONLY, rejection, type ContractCapabilities, type StripeContractTarget } from './contract-target';

/** PaymentIntents with each test card: succeed, decline, authenticate, capture, cancel. */
export function paymentIntentsContract(target: () => StripeContractTarget, capabilities: ContractCapabilities): void {
  const pay = (params: Partial<Stripe.PaymentIntentCreateParams>) =>
    target().stripe.paymentIntents.create({ amount: 12_000, currency: 'usd', ...CARD_ONLY, ...params });

  describe('PaymentIntents', () => {
    it('starts unconfirmed, with a client secret and automatic_async capture', async () => {
      const paymentIntent = await pay({ metadata: { bookingId: 'b1' } });
      expect(paymentIntent).toMatchObject({
        object: 'payment_intent',
        status: 'requires_payment_method',
        amount: 12_000,
        currency: 'usd',
        capture_method: 'automatic_async',
        livemode: false,
        metadata: { bookingId: 'b1' },
      });
      expect(paymentIntent.client_secret?.startsWith(`${paymentIntent.id}_secret_`)).toBe(true);
    });

    it.each([
      ['pm_card_visa', 'visa', '4242'],
      ['pm_card_mastercard', 'mastercard', '4444'],
    ])('confirms %s: succeeded, with a captured, paid charge', async (paymentMethod, brand, last4) => {
      const paymentIntent = await pay({ payment_method: paymentMethod, confirm: true, expand: ['latest_charge'] });
      expect(paymentIntent).toMatchObject({ status: 'succeeded', amount_received: 12_000 });
      const charge = paymentIntent.latest_charge as Stripe.Charge;
      expect(charge).toMatchObject({ object: 'charge', status: 'succeeded', paid: true, captured: true, amount: 12_000, amount_captured: 12_000, refunded: false });
      expect(charge.payment_method_details?.card).toMatchObject({ brand, last4 });
      expect((await target().stripe.charges.retrieve(charge.id)).payment_intent).toBe(paymentIntent.id);
    });

    it.each([
      ['pm_card_chargeDeclined', 'generic_decline'],
      ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
    ])('declines %s with a 402 card error (%s) and leaves the intent waiting for another card', async (paymentMethod, declineCode) => {
      const error = await rejection(pay({ payment_method: paymentMethod, confirm: true }));
      expect(error).toMatchObject({ type: 'StripeCardError', statusCode: 402, code: 'card_declined', decline_code: declineCode });
      const failed = error.payment_intent!;
      expect(failed.status).toBe('requires_payment_method');
      const stored = await target().stripe.paymentIntents.retrieve(failed.id);
      expect(stored.last_payment_error).toMatchObject({ type: 'card_error', code: 'card_declined', decline_code: declineCode });
      const retried = await target().stripe.paymentIntents.confirm(failed.id, { payment_method: 'pm_card_visa' });
      expect(retried.status).toBe('succeeded');
    });

    it('lists payment intents, refunds and charges newest first, filtered by created (what reconciliation reads)', async () => {
      const { stripe } = target();
      const first = await pay({ payment_method: 'pm_card_visa', confirm: true });
      const second = await pay({ payment_method: 'pm_card_visa', confirm: true });
      const refund = await stripe.refunds.create({ payment_intent: second.id, amount: 1_000 });
      const since = { gte: first.created };
      const intents = await stripe.paymentIntents.list({ created: since, limit: 100 });
      const ids = intents.data.map((intent) => intent.id);
      expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
      expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
      expect((await stripe.paymentIntents.list({ created: { gt: second.created + 3600 }, limit: 100 })).data.map((intent) => intent.id)).not.toContain(second.id);
      expect((await stripe.refunds.list({ created: since, limit: 100 })).data.map((row) => row.id)).toContain(refund.id);
      expect((await stripe.charges.list({ created: since, limit: 100 })).data.map((charge) => charge.payment_intent)).toEqual(expect.arrayContaining([first.id, second.id]));
      const page = await stripe.paymentIntents.list({ created: since, limit: 1 });
      expect(page.data).toHaveLength(1);
      expect(page.has_more).toBe(true);
    });

    it('asks an on-session customer to authenticate pm_card_authenticationRequired', async () => {
      const paymentIntent = await pay({ payment_method: 'pm_card_authenticationRequired', confirm: true, return_url: 'https://rapport.test/return' });
      expect(paymentIntent.status).toBe('requires_action');
      expect(paymentIntent.next_action?.type).toBe('redirect_to_url');
      expect(paymentIntent.next_action?.redirect_to_url?.url).toMatch(/^https?:\/\//);
    });

    it('fails off-session with authentication_required when the saved card needs the customer', async () => {
      const { stripe } = target();
      const customer = await stripe.customers.create({ email: 'offsession@example.com' });
      const saved = await stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customer.id });
      const error = await rejection(pay({ customer: customer.id, payment_method: saved.id, off_session: true, confirm: true }));
      expect(error).toMatchObject({ type: 'StripeCardError', statusCode: 402, code: 'authentication_required' });
      expect(error.payment_intent?.status).toBe('requires_payment_method');
    });

    it('charges a saved card off-session', async () => {
      const { stripe } = target();
      const customer = await stripe.customers.create({});
      const saved = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
      const paymentIntent = await pay({ customer: customer.id, payment_method: saved.id, off_session: true, confirm: true });
      expect(paymentIntent).toMatchObject({ status: 'succeeded', customer: customer.id, payment_method: saved.id });
    });

    it('authorizes with capture_method=manual, then captures part of it', async () => {
      const { stripe } = target();
      const authorized = await pay({ payment_method: 'pm_card_visa', confirm: true, capture_method: 'manual' });
      expect(authorized).toMatchObject({ status: 'requires_capture', amount_capturable: 12_000, amount_received: 0 });
      const captured = await stripe.paymentIntents.capture(authorized.id, { amount_to_capture: 9_000, expand: ['latest_charge'] });
      expect(captured).toMatchObject({ status: 'succeeded', amount_received: 9_000, amount_capturable: 0 });
      expect(captured.latest_charge).toMatchObject({ captured: true, amount_captured: 9_000 });
      const again = await rejection(stripe.paymentIntents.capture(authorized.id));
      expect(again).toMatchObject({ type: 'StripeInvalidRequestError', code: 'payment_intent_unexpected_state' });
    });

    it('cancels an open intent with a reason, and refuses to cancel a succeeded one', async () => {
      const { stripe } = target();
      const open = await pay({});
      const canceled = await stripe.paymentIntents.cancel(open.id, { cancellation_reason: 'abandoned' });
      expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
      const succeeded = await pay({ payment_method: 'pm_card_visa', confirm: true });
      const error = await rejection(stripe.paymentIntents.cancel(succeeded.id));
      expect(error).toMatchObject({ type: 'StripeInvalidRequestError', code: 'payment_intent_unexpected_state' });
    });

    it('needs a return_url to confirm when redirect-based methods are allowed', async () => {
      const base = { amount: 5_000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true } as const;
      const error = await rejection(target().stripe.paymentIntents.create({ ...base, automatic_payment_methods: { enabled: true } }));
      expect(error).toMatchObject({ type: 'StripeInvalidRequestError' });
      expect(error.message).toMatch(/return_url/);
      const noRedirects = await target().stripe.paymentIntents.create({ ...base, automatic_payment_methods: { enabled: true, allow_redirects: 'never' } });
      expect(noRedirects.status).toBe('succeeded');
    });

    it('names the param in validation errors', async () => {
      const { stripe } = target();
      const missing = await rejection(stripe.paymentIntents.create({ currency: 'usd' } as Stripe.PaymentIntentCreateParams));
      expect(missing).toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, code: 'parameter_missing', param: 'amount' });
      const unknown = await rejection(stripe.paymentIntents.create({ amount: 5_000, currency: 'usd', colour: 'red' } as Stripe.PaymentIntentCreateParams));
      expect(unknown).toMatchObject({ code: 'parameter_unknown', param: 'colour' });
      const small = await rejection(pay({ amount: 20 }));
      expect(small).toMatchObject({ code: 'amount_too_small', param: 'amount' });
      const fee = await rejection(pay({ application_fee_amount: 100 }));
      expect(fee).toMatchObject({ type: 'StripeInvalidRequestError', param: 'application_fee_amount' });
    });

    if (capabilities.controls) {
      it('completes an authentication the cardholder approves, or fails one they refuse', async () => {
        const { control } = target();
        const approved = await pay({ payment_method: 'pm_card_authenticationRequired', confirm: true, return_url: 'https://rapport.test/return' });
        expect((await control!.authenticatePaymentIntent(approved.id, 'approve')).status).toBe('succeeded');
        const refused = await pay({ payment_method: 'pm_card_authenticationRequired', confirm: true, return_url: 'https://rapport.test/return' });
        const failed = await control!.authenticatePaymentIntent(refused.id, 'fail');
        expect(failed).toMatchObject({ status: 'requires_payment_method', last_payment_error: { code: 'payment_intent_authentication_failure' } });
      });
    }
  });
}
