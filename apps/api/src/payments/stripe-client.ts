import { Module } from '@nestjs/common';
import Stripe from 'stripe';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';

/** The one `stripe` SDK client of the process (inject with `@Inject(STRIPE)`). */
export const STRIPE = Symbol('STRIPE');

/** Any test-mode key works on the emulator; it never leaves the machine. */
export const EMULATOR_SECRET_KEY = 'sk_test_rapport_local_emulator';
/** The signing secret the emulator uses for the API's webhook endpoint when none is configured. */
export const EMULATOR_WEBHOOK_SECRET = 'whsec_rapport_local_emulator';

/** Stripe itself with STRIPE_SECRET_KEY; else the same SDK against the local emulator at STRIPE_EMULATOR_URL. */
export function createStripeClient(config: AppConfig): Stripe {
  const common = { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: 'Rapport' } } satisfies Stripe.StripeConfig;
  if (config.STRIPE_SECRET_KEY) return new Stripe(config.STRIPE_SECRET_KEY, common);
  const url = new URL(config.STRIPE_EMULATOR_URL);
  return new Stripe(EMULATOR_SECRET_KEY, { ...common, host: url.hostname, port: Number(url.port || 80), protocol: 'http' });
}

export function webhookSecretOf(config: AppConfig): string {
  return config.STRIPE_WEBHOOK_SECRET ?? EMULATOR_WEBHOOK_SECRET;
}

/** Provides the SDK client; infrastructure for the bookings (gateway) and payments modules. */
@Module({
  providers: [{ provide: STRIPE, inject: [APP_CONFIG], useFactory: createStripeClient }],
  exports: [STRIPE],
})
export class StripeClientModule {}
