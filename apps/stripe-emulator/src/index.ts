export { startStripeEmulator, isLoopback, type RunningStripeEmulator, type StripeEmulatorOptions } from './server';
export type { EmulatorControl, CompleteCheckoutOptions, CheckoutResult, DeliveryFilter } from './control/control';
export type { EmulatorClock } from './emulator';
export type { WebhookEndpoint, RetryPolicy } from './webhooks/dispatcher';
export type { WebhookFault } from './webhooks/faults';
export type { DeliveryRow, DeliveryStatus, DeliveryAttempt } from './state/state';
export { TEST_CARDS, type TestCardId } from './resources/test-cards';
export { signatureHeader } from './webhooks/signing';
