import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { startStripeEmulator, type RunningStripeEmulator, type StripeEmulatorOptions } from '../server';
import { startWebhookReceiver } from '../testing/webhook-receiver';

describe('state across restarts and concurrent requests', () => {
  let directory: string;
  let stateFile: string;
  const running: RunningStripeEmulator[] = [];

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'stripe-emulator-state-'));
    stateFile = join(directory, 'nested', 'state.json');
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((emulator) => emulator.stop()));
    rmSync(directory, { recursive: true, force: true });
  });

  async function start(options: StripeEmulatorOptions = {}) {
    const emulator = await startStripeEmulator({ port: 0, stateFile, ...options });
    running.push(emulator);
    const stripe = new Stripe('sk_test_state', { host: emulator.host, port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
    return { emulator, stripe };
  }

  async function restart(emulator: RunningStripeEmulator, options: StripeEmulatorOptions = {}) {
    await emulator.stop();
    running.splice(running.indexOf(emulator), 1);
    return start(options);
  }

  it('keeps objects, events, idempotency keys and the advanced clock after a restart', async () => {
    const first = await start();
    const customer = await first.stripe.customers.create({ email: 'kept@example.com' }, { idempotencyKey: 'restart-key' });
    const paymentIntent = await first.stripe.paymentIntents.create({ amount: 5_000, currency: 'usd', allowed_payment_method_types: ['card'], payment_method: 'pm_card_visa', confirm: true });
    const advancedTo = await first.emulator.control.advanceClock(3_600);

    const second = await restart(first.emulator);
    expect(await second.stripe.customers.retrieve(customer.id)).toMatchObject({ email: 'kept@example.com' });
    expect((await second.stripe.paymentIntents.retrieve(paymentIntent.id)).status).toBe('succeeded');
    const replayed = await second.stripe.customers.create({ email: 'kept@example.com' }, { idempotencyKey: 'restart-key' });
    expect(replayed.id).toBe(customer.id);
    expect((await second.stripe.events.list({ type: 'payment_intent.succeeded' })).data).toHaveLength(1);
    expect(second.emulator.control.now()).toBeGreaterThanOrEqual(advancedTo);
    // Stopped, it has written what it changed: no temporary file is left beside the state (a
    // running emulator may be mid-write, its temporary file not yet renamed).
    await second.emulator.stop();
    expect(readdirSync(join(directory, 'nested'))).toEqual(['state.json']);
  });

  it('resumes deliveries a previous run left pending', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const endpoint = { url: receiver.url, secret: 'whsec_restart' };
      const first = await start({ webhookEndpoints: [endpoint] });
      first.emulator.control.pauseWebhooks();
      await first.stripe.customers.create({ email: 'waiting@example.com' });
      const second = await restart(first.emulator, { webhookEndpoints: [endpoint] });
      await second.emulator.control.settleWebhooks();
      expect(receiver.received.map((webhook) => webhook.eventType)).toEqual(['customer.created']);
    } finally {
      await receiver.close();
    }
  });

  it('loses no update when many requests change the same object at once, and stop writes them all', async () => {
    const { stripe, emulator } = await start();
    const customer = await stripe.customers.create({});
    await Promise.all(Array.from({ length: 20 }, (_, index) => stripe.customers.update(customer.id, { metadata: { [`key${index}`]: String(index) } })));
    const updated = await stripe.customers.retrieve(customer.id);
    expect(Object.keys((updated as Stripe.Customer).metadata)).toHaveLength(20);
    await emulator.stop();
    const onDisk = JSON.parse(readFileSync(stateFile, 'utf8')) as { customers: Record<string, { object: Stripe.Customer }> };
    expect(Object.keys(onDisk.customers[customer.id].object.metadata)).toHaveLength(20);
  });

  it('lets only one of two racing refunds take what remains', async () => {
    const { stripe } = await start();
    const paymentIntent = await stripe.paymentIntents.create({ amount: 10_000, currency: 'usd', allowed_payment_method_types: ['card'], payment_method: 'pm_card_visa', confirm: true });
    const results = await Promise.allSettled([6_000, 6_000].map((amount) => stripe.refunds.create({ payment_intent: paymentIntent.id, amount })));
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await stripe.charges.retrieve(paymentIntent.latest_charge as string)).amount_refunded).toBe(6_000);
  });

  it("forgets events after 30 days and idempotency keys after 24 hours, as Stripe does", async () => {
    const { stripe, emulator } = await start();
    const first = await stripe.customers.create({ email: 'old@example.com' }, { idempotencyKey: 'aging-key' });
    await emulator.control.advanceClock(24 * 3600 + 1);
    const second = await stripe.customers.create({ email: 'old@example.com' }, { idempotencyKey: 'aging-key' });
    expect(second.id).not.toBe(first.id);
    expect((await stripe.events.list({ type: 'customer.created' })).data).toHaveLength(2);
    await emulator.control.advanceClock(30 * 24 * 3600 + 1);
    expect((await stripe.events.list({ type: 'customer.created' })).data).toHaveLength(0);
    expect(await stripe.customers.retrieve(first.id)).toMatchObject({ email: 'old@example.com' });
  });

  it('forgets everything on reset', async () => {
    const { stripe, emulator } = await start();
    const customer = await stripe.customers.create({});
    await emulator.control.reset();
    await expect(stripe.customers.retrieve(customer.id)).rejects.toMatchObject({ statusCode: 404 });
  });
});
