/// <reference types="jest" />
import Stripe from 'stripe';
import { CARD_ONLY, eventually, rejection, uniqueKey, type ContractCapabilities, type StripeContractTarget } from './contract-target';

/** Events with object snapshots, idempotency keys, authentication, expansion. */
export function eventsAndIdempotencyContract(target: () => StripeContractTarget, capabilities: ContractCapabilities): void {
  describe('events', () => {
    it('records payment_intent.succeeded with a snapshot of the intent, listed by type and created', async () => {
      const { stripe } = target();
      const paymentIntent = await stripe.paymentIntents.create({ amount: 5_000, currency: 'usd', ...CARD_ONLY, payment_method: 'pm_card_visa', confirm: true });
      const event = await eventually(async () => {
        const page = await stripe.events.list({ type: 'payment_intent.succeeded', created: { gte: paymentIntent.created - 5 }, limit: 20 });
        return page.data.find((candidate) => (candidate.data.object as Stripe.PaymentIntent).id === paymentIntent.id);
      });
      expect(event).toMatchObject({ object: 'event', livemode: false, type: 'payment_intent.succeeded' });
      expect(event.id).toMatch(/^evt_/);
      expect(event.data.object).toMatchObject({ object: 'payment_intent', status: 'succeeded', amount: 5_000 });
      expect(typeof event.pending_webhooks).toBe('number');
      expect((await stripe.events.retrieve(event.id)).type).toBe('payment_intent.succeeded');
      const later = await stripe.events.list({ type: 'payment_intent.succeeded', created: { gt: event.created + 3600 } });
      expect(later.data).toEqual([]);
    });
  });

  describe('idempotency keys', () => {
    it('replays the stored answer for the same key and parameters', async () => {
      const { stripe } = target();
      const key = uniqueKey('customer');
      const first = await stripe.customers.create({ email: 'once@example.com' }, { idempotencyKey: key });
      const second = await stripe.customers.create({ email: 'once@example.com' }, { idempotencyKey: key });
      expect(second.id).toBe(first.id);
      expect(second.lastResponse.headers['idempotent-replayed']).toBe('true');
    });

    it('refuses the same key with different parameters with an idempotency error', async () => {
      const { stripe } = target();
      const key = uniqueKey('mismatch');
      await stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: key });
      const error = await rejection(stripe.customers.create({ email: 'b@example.com' }, { idempotencyKey: key }));
      expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
      expect(error.type).toBe('StripeIdempotencyError');
    });

    it('replays a card decline instead of charging again', async () => {
      const { stripe } = target();
      const key = uniqueKey('decline');
      const params = { amount: 5_000, currency: 'usd', ...CARD_ONLY, payment_method: 'pm_card_chargeDeclined', confirm: true };
      const first = await rejection(stripe.paymentIntents.create(params, { idempotencyKey: key }));
      const second = await rejection(stripe.paymentIntents.create(params, { idempotencyKey: key }));
      expect(second).toMatchObject({ type: 'StripeCardError', code: 'card_declined' });
      expect(second.payment_intent?.id).toBe(first.payment_intent?.id);
    });
  });

  describe('authentication and expansion', () => {
    it('answers 401 to a key it does not accept', async () => {
      const stranger = target().clientWithKey('sk_live_not_a_real_key');
      const error = await rejection(stranger.customers.create({}));
      expect(error).toMatchObject({ type: 'StripeAuthenticationError', statusCode: 401 });
    });

    it('expands nested ids into objects on request', async () => {
      const { stripe } = target();
      const paymentIntent = await stripe.paymentIntents.create({ amount: 5_000, currency: 'usd', ...CARD_ONLY, payment_method: 'pm_card_visa', confirm: true });
      const expanded = await stripe.paymentIntents.retrieve(paymentIntent.id, { expand: ['latest_charge', 'payment_method'] });
      expect(expanded.latest_charge).toMatchObject({ object: 'charge', payment_intent: paymentIntent.id });
      expect(expanded.payment_method).toMatchObject({ object: 'payment_method', type: 'card' });
      expect((await stripe.paymentIntents.retrieve(paymentIntent.id)).latest_charge).toEqual(expect.stringMatching(/^ch_/));
    });
  });

  if (capabilities.controls) {
    describe('disputes (emulator control)', () => {
      it('opens a dispute on a charge and reports charge.dispute.created', async () => {
        const { stripe, control } = target();
        const paymentIntent = await stripe.paymentIntents.create({ amount: 5_000, currency: 'usd', ...CARD_ONLY, payment_method: 'pm_card_visa', confirm: true });
        const dispute = await control!.createDispute(paymentIntent.latest_charge as string);
        expect(dispute).toMatchObject({ object: 'dispute', amount: 5_000, status: 'needs_response', payment_intent: paymentIntent.id });
        expect((await stripe.charges.retrieve(paymentIntent.latest_charge as string)).disputed).toBe(true);
        const events = await stripe.events.list({ type: 'charge.dispute.created', limit: 5 });
        expect(events.data.map((event) => (event.data.object as Stripe.Dispute).id)).toContain(dispute.id);
      });
    });
  }
}
