import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Stripe from 'stripe';
import { startStripeEmulator } from '../server';
import { describeStripeContract } from './stripe.contract';

// Always: the emulator, through the same SDK the API uses, with its state in a file.
describeStripeContract('emulator', { controls: true, connectedAccount: true }, async () => {
  const directory = mkdtempSync(join(tmpdir(), 'stripe-contract-'));
  const emulator = await startStripeEmulator({ port: 0, stateFile: join(directory, 'state.json') });
  const clientWithKey = (apiKey: string) => new Stripe(apiKey, { host: emulator.host, port: emulator.port, protocol: 'http', maxNetworkRetries: 0 });
  const stripe = clientWithKey('sk_test_contract');
  let account: string | undefined;
  return {
    stripe,
    control: emulator.control,
    clientWithKey,
    async onboardedAccount() {
      if (!account) {
        account = (await stripe.accounts.create({ type: 'express', capabilities: { transfers: { requested: true } } })).id;
        await emulator.control.completeOnboarding(account);
      }
      return account;
    },
    async close() {
      await emulator.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});

// Where a Stripe test-mode key is set: the same contract against Stripe itself (network
// needed). Destination charges also need STRIPE_CONTRACT_CONNECTED_ACCOUNT, an Express
// account already onboarded in that test-mode platform. Without the key no such tests
// are registered (none are skipped either).
const testModeKey = process.env.STRIPE_SECRET_KEY;
if (testModeKey?.startsWith('sk_test_')) {
  const connected = process.env.STRIPE_CONTRACT_CONNECTED_ACCOUNT;
  describeStripeContract('Stripe test mode', { controls: false, connectedAccount: Boolean(connected) }, async () => ({
    stripe: new Stripe(testModeKey),
    clientWithKey: (apiKey: string) => new Stripe(apiKey, { maxNetworkRetries: 0 }),
    onboardedAccount: async () => connected!,
    close: async () => undefined,
  }));
}
