/// <reference types="jest" />
import Stripe from 'stripe';
import type { EmulatorControl } from '../control/control';

/**
 * What the contract runs against: the real `stripe` SDK pointed at the emulator, or
 * at Stripe's test mode. Tests that need the emulator's controls (completing a hosted
 * checkout, onboarding, moving the clock) are registered only where `control` exists.
 */
export interface StripeContractTarget {
  stripe: Stripe;
  control?: EmulatorControl;
  /** Another client to the same place, with another API key. */
  clientWithKey(apiKey: string): Stripe;
  /** An Express account with `transfers` active, able to receive destination charges. */
  onboardedAccount(): Promise<string>;
  close(): Promise<void>;
}

export interface ContractCapabilities {
  /** The target has the emulator's controls. */
  controls: boolean;
  /** An onboarded connected account exists (always on the emulator; STRIPE_CONTRACT_CONNECTED_ACCOUNT on Stripe). */
  connectedAccount: boolean;
}

export type TargetFactory = () => Promise<StripeContractTarget>;

/** Shares one target across a describe block and hands it to each test. */
export function useTarget(create: TargetFactory): () => StripeContractTarget {
  let target: StripeContractTarget | undefined;
  beforeAll(async () => {
    target = await create();
  });
  afterAll(async () => {
    await target?.close();
  });
  return () => {
    if (!target) throw new Error('contract target not started');
    return target;
  };
}

/** The error a call rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error;
    throw error;
  }
  throw new Error('expected the Stripe call to fail, but it succeeded');
}

/** Stripe's test mode may list events a moment after the call that caused them. */
export async function eventually<T>(read: () => Promise<T | undefined>, attempts = 20, delayMs = 500): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const value = await read();
    if (value !== undefined) return value;
    if (attempt >= attempts) throw new Error(`not there after ${attempts} reads`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

/**
 * Card only, so confirming needs no return_url (this API version replaced
 * `payment_method_types` with `allowed_payment_method_types`).
 */
export const CARD_ONLY: { allowed_payment_method_types: ['card'] } = { allowed_payment_method_types: ['card'] };

export function uniqueKey(label: string): string {
  return `contract-${label}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
}
