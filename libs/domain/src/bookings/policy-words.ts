// The words of the cancellation policy, shared by the decision's explanation and
// the review page's description, so both always say the same thing.
import { plural } from '../matching/reason-text';
import { formatDollars } from '../money';
import type { PolicyDecision, PolicyReasonCode } from './cancellation-policy';
import type { CancellationPolicy } from './policy-settings';

/** '24 hours', '1 hour'. */
export function hoursPhrase(hours: number): string {
  return `${hours} ${plural(hours, 'hour')}`;
}

/** 'the full $150 fee', or '50% of the $150 fee ($75)'. */
export function feePhrase(percent: number, priceMinor: number, feeMinor: number): string {
  const price = formatDollars(priceMinor);
  return percent === 100 ? `the full ${price} fee` : `${percent}% of the ${price} fee (${formatDollars(feeMinor)})`;
}

/** 'at least 24 hours before the session' / 'less than 24 hours before the session'. */
export function timingPhrase(windowHours: number, late: boolean): string {
  if (windowHours === 0) return late ? 'after the session started' : 'before the session started';
  return `${late ? 'less than' : 'at least'} ${hoursPhrase(windowHours)} before the session`;
}

function situation(reason: PolicyReasonCode, windowHours: number): string {
  switch (reason) {
    case 'CLIENT_CANCELLED_EARLY':
      return `Cancelled ${timingPhrase(windowHours, false)}`;
    case 'CLIENT_CANCELLED_LATE':
      return `Cancelled ${timingPhrase(windowHours, true)}`;
    case 'THERAPIST_CANCELLED':
      return 'Your therapist cancelled';
    case 'SYSTEM_CANCELLED':
      return 'Rapport cancelled this booking';
    case 'NO_SHOW':
      return 'Missed session';
    case 'RESCHEDULED_EARLY':
      return `Moved ${timingPhrase(windowHours, false)}`;
    case 'RESCHEDULED_LATE_FREE':
      return `Moved ${timingPhrase(windowHours, true)}, using this booking's one free late move`;
    case 'RESCHEDULED_LATE':
      return `Moved ${timingPhrase(windowHours, true)}, after this booking's one free late move`;
    case 'THERAPIST_RESCHEDULED':
      return 'Your therapist moved the session';
  }
}

export interface ExplainInput extends Omit<PolicyDecision, 'explanation'> {
  feePercent: number;
  priceMinor: number;
  policy: CancellationPolicy;
}

/** What happens to the money, after the colon. */
function outcome(input: ExplainInput): string {
  const { feeMinor, keptMinor, chargeOffSessionMinor, refund, carriedOverMinor } = input;
  const afterwards = [
    refund.refundMinor > 0 ? `${feeMinor === 0 ? 'everything you paid' : 'the rest'} (${formatDollars(refund.refundMinor)}) is refunded` : null,
    carriedOverMinor > 0 ? 'your payment moves to the new time' : null,
  ].filter((part) => part !== null);
  const then = afterwards.length > 0 ? `, and ${afterwards.join(', and ')}` : '';
  if (feeMinor === 0) return `free${then}`;

  const fee = feePhrase(input.feePercent, input.priceMinor, feeMinor);
  const card = 'will be charged to your saved card';
  if (chargeOffSessionMinor === 0) return `${fee} is kept${then}`;
  if (keptMinor === 0) return `${fee} ${card}${then}`;
  return `${fee}: ${formatDollars(keptMinor)} is kept from your payment and ${formatDollars(chargeOffSessionMinor)} ${card}${then}`;
}

/** 'Cancelled less than 24 hours before the session: 50% of the $150 fee ($75) is kept, and the rest ($75) is refunded.' */
export function explainPolicyDecision(input: ExplainInput): string {
  return `${situation(input.reason, input.policy.cancellationWindowHours)}: ${outcome(input)}.`;
}
