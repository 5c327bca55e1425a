// Pure booking decisions: status machine, cancellation policy and its words,
// weekly series, timing, session ratings, waitlist. The clock is always passed in.
export type { BookingProblem, WholeNumberLimits } from './bookings.types';
export * from './booking-status';
export * from './policy-settings';
export * from './cancellation-policy';
export { cancellationCostNow, type CancellationCostNow, describeCancellationPolicy } from './describe-policy';
export { DEFAULT_ALTERNATIVE_DAYS, type AlternativeOptions, nearestOpenAlternative } from './nearest-open-alternative';
export * from './series';
export * from './timing';
export * from './alliance';
export * from './waitlist';
