/// <reference types="jest" />
import { accountsAndCustomersContract } from './accounts-customers.contract';
import { checkoutContract } from './checkout.contract';
import { connectMoneyContract } from './connect-money.contract';
import { eventsAndIdempotencyContract } from './events-idempotency.contract';
import { paymentIntentsContract } from './payment-intents.contract';
import { useTarget, type ContractCapabilities, type TargetFactory } from './contract-target';

/**
 * The Stripe behaviour Rapport's payments adapter relies on, driven through the real
 * `stripe` SDK. Runs against the emulator always, and against Stripe's test mode
 * where STRIPE_SECRET_KEY=sk_test_… is set; what needs the emulator's controls is
 * registered only where they exist.
 */
export function describeStripeContract(name: string, capabilities: ContractCapabilities, create: TargetFactory): void {
  describe(`Stripe contract: ${name}`, () => {
    const target = useTarget(create);
    accountsAndCustomersContract(target, capabilities);
    paymentIntentsContract(target, capabilities);
    connectMoneyContract(target, capabilities);
    checkoutContract(target, capabilities);
    eventsAndIdempotencyContract(target, capabilities);
  });
}
