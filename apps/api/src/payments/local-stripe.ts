import { startStripeEmulator, type EmulatorControl } from '@rapport/stripe-emulator';
import { AppConfig } from '../config/config.schema';
import { EMULATOR_WEBHOOK_SECRET, webhookSecretOf } from './stripe-client';

/** Where the emulator keeps its objects between runs of `npm start`. */
export const LOCAL_STRIPE_STATE_FILE = '.data/stripe-emulator.json';

/**
 * The local Stripe for `npm start` without a key: the emulator on a free
 * loopback port, its webhooks sent to this API's /webhooks/stripe, signed with
 * STRIPE_WEBHOOK_SECRET or the local default.
 */
export async function startLocalStripe(config: AppConfig): Promise<{ url: string; stateFile: string; control: EmulatorControl; stop: () => Promise<void> }> {
  const apiUrl = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  const emulator = await startStripeEmulator({
    port: 0,
    host: '127.0.0.1',
    stateFile: LOCAL_STRIPE_STATE_FILE,
    webhookEndpoints: [{ url: `${apiUrl}/webhooks/stripe`, secret: config.STRIPE_WEBHOOK_SECRET ? webhookSecretOf(config) : EMULATOR_WEBHOOK_SECRET }],
  });
  return { url: emulator.url, stateFile: LOCAL_STRIPE_STATE_FILE, control: emulator.control, stop: () => emulator.stop() };
}
