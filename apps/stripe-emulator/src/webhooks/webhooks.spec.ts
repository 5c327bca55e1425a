import Stripe from 'stripe';
import { startStripeEmulator, type RunningStripeEmulator } from '../server';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';
import { signatureHeader } from './signing';

const SECRET = 'whsec_test_emulator_secret';
const verifier = new Stripe('sk_test_verifier');

describe('webhook delivery', () => {
  let receiver: WebhookReceiver;
  let emulator: RunningStripeEmulator;
  let stripe: Stripe;

  beforeEach(async () => {
    receiver = await startWebhookReceiver();
    emulator = await startStripeEmulator({
      port: 0,
      webhookEndpoints: [{ url: receiver.url, secret: SECRET }],
      // Short backoff; a timeout long enough that a loaded machine never trips it by accident.
      webhookRetry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 40, timeoutMs: 1_500 },
    });
    stripe = new Stripe('sk_test_webhooks', { host: emulator.host, port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
  });
  afterEach(async () => {
    await emulator.stop();
    await receiver.close();
  });

  const delivered = () => receiver.received.map((webhook) => `${webhook.eventType} ${webhook.eventId}`);

  it('signs each delivery as Stripe does, so the SDK verifies it, and only with the right secret', async () => {
    const customer = await stripe.customers.create({ email: 'signed@example.com' });
    const [webhook] = await receiver.waitFor(1);
    const event = verifier.webhooks.constructEvent(webhook.body, webhook.headers['stripe-signature'] as string, SECRET);
    expect(event).toMatchObject({ type: 'customer.created', data: { object: { id: customer.id, email: 'signed@example.com' } } });
    expect(webhook.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(() => verifier.webhooks.constructEvent(webhook.body, webhook.headers['stripe-signature'] as string, 'whsec_other')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it("computes the header exactly like the SDK's own test header", () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event' }, null, 2);
    expect(signatureHeader(payload, SECRET, 1_700_000_000)).toBe(verifier.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: 1_700_000_000 }));
  });

  it('delivers in event order and counts down pending_webhooks once acknowledged', async () => {
    emulator.control.pauseWebhooks();
    const customer = await stripe.customers.create({});
    await stripe.customers.update(customer.id, { name: 'Renamed' });
    const [created] = emulator.control.listDeliveries({ eventType: 'customer.created' });
    expect((await stripe.events.retrieve(created.eventId)).pending_webhooks).toBe(1);
    emulator.control.resumeWebhooks();
    await emulator.control.settleWebhooks();
    expect(receiver.received.map((webhook) => webhook.eventType)).toEqual(['customer.created', 'customer.updated']);
    expect((await stripe.events.retrieve(created.eventId)).pending_webhooks).toBe(0);
  });

  it('retries a failing endpoint until it answers 2xx', async () => {
    receiver.answer((index) => (index < 2 ? 500 : 200));
    await stripe.customers.create({});
    await emulator.control.settleWebhooks();
    const [delivery] = emulator.control.listDeliveries();
    expect(delivery.status).toBe('delivered');
    expect(delivery.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 200]);
    expect(new Set(receiver.received.map((webhook) => webhook.eventId)).size).toBe(1);
  });

  it('gives up after the bounded number of attempts, leaving the event pending', async () => {
    receiver.answer(() => 503);
    const customer = await stripe.customers.create({});
    await emulator.control.settleWebhooks();
    const [delivery] = emulator.control.listDeliveries();
    expect(delivery).toMatchObject({ status: 'failed', attempts: [{ status: 503 }, { status: 503 }, { status: 503 }] });
    const event = await stripe.events.retrieve(delivery.eventId);
    expect(event).toMatchObject({ pending_webhooks: 1, data: { object: { id: customer.id } } });
  });

  it('counts an endpoint that does not answer in time as a failed attempt', async () => {
    receiver.answer((index) => (index === 0 ? 'hang' : 200));
    await stripe.customers.create({});
    await emulator.control.settleWebhooks();
    const [delivery] = emulator.control.listDeliveries();
    expect(delivery.status).toBe('delivered');
    expect(delivery.attempts[0]).toMatchObject({ status: null, error: 'no answer within 1500 ms' });
  });

  it('delivers the next event twice when asked to duplicate', async () => {
    emulator.control.injectWebhookFault({ kind: 'duplicate' });
    await stripe.customers.create({});
    await stripe.customers.create({});
    await emulator.control.settleWebhooks();
    const ids = receiver.received.map((webhook) => webhook.eventId);
    expect(ids).toHaveLength(3);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('drops the next event, which the events API still lists', async () => {
    emulator.control.injectWebhookFault({ kind: 'drop' });
    const lost = await stripe.customers.create({ email: 'lost@example.com' });
    const kept = await stripe.customers.create({ email: 'kept@example.com' });
    await emulator.control.settleWebhooks();
    expect(receiver.received.map((webhook) => (JSON.parse(webhook.body) as Stripe.Event).data.object)).toEqual([expect.objectContaining({ id: kept.id })]);
    const [dropped] = emulator.control.listDeliveries({ status: 'dropped' });
    const event = await stripe.events.retrieve(dropped.eventId);
    expect(event.data.object).toMatchObject({ id: lost.id });
  });

  it('delivers a late event after a later one', async () => {
    emulator.control.injectWebhookFault({ kind: 'late', delayMs: 3_000 });
    await stripe.customers.create({ email: 'late@example.com' });
    await stripe.customers.create({ email: 'prompt@example.com' });
    await receiver.waitFor(2);
    const emails = receiver.received.map((webhook) => ((JSON.parse(webhook.body) as Stripe.Event).data.object as Stripe.Customer).email);
    expect(emails).toEqual(['prompt@example.com', 'late@example.com']);
  });

  it('delivers a group of events newest first when asked for out-of-order delivery', async () => {
    emulator.control.injectWebhookFault({ kind: 'out_of_order', count: 3 });
    await stripe.paymentIntents.create({ amount: 5_000, currency: 'usd', allowed_payment_method_types: ['card'], payment_method: 'pm_card_visa', confirm: true });
    await emulator.control.settleWebhooks();
    expect(receiver.received.map((webhook) => webhook.eventType)).toEqual(['payment_intent.succeeded', 'charge.succeeded', 'payment_intent.created']);
  });

  it('sends an event again on request', async () => {
    await stripe.customers.create({});
    await emulator.control.settleWebhooks();
    const [first] = receiver.received;
    await emulator.control.redeliverEvent(first.eventId);
    await emulator.control.settleWebhooks();
    expect(receiver.received.map((webhook) => webhook.eventId)).toEqual([first.eventId, first.eventId]);
  });

  it('offers the same controls over HTTP with the test key, and refuses them without it', async () => {
    const post = (path: string, body: object, key = 'sk_test_controls') =>
      fetch(`${emulator.url}/_emulator/${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post('webhooks/pause', {}, 'nope')).status).toBe(401);
    expect((await post('webhooks/pause', {})).status).toBe(200);
    await stripe.customers.create({});
    const list = (await (await fetch(`${emulator.url}/_emulator/deliveries?status=pending`, { headers: { authorization: 'Bearer sk_test_controls' } })).json()) as unknown[];
    expect(list).toHaveLength(1);
    expect(receiver.received).toHaveLength(0);
    expect((await post('webhooks/resume', {})).status).toBe(200);
    await emulator.control.settleWebhooks();
    expect(delivered()).toHaveLength(1);
  });
});
