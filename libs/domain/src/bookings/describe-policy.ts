/** The cancellation policy in words, for the page a client reads before booking and before cancelling. */
import { formatDollars } from '../money';
import { applyCancellationPolicy, feeForPercent, freeCancellationDeadline } from './cancellation-policy';
import { type CancellationPolicy, FREE_LATE_RESCHEDULES } from './policy-settings';
import { feePhrase, hoursPhrase } from './policy-words';

function missedSessionsSentence(percent: number, priceMinor: number): string {
  if (percent === 0) return 'Missed sessions: no charge.';
  if (percent === 100) return `Missed sessions: full fee (${formatDollars(priceMinor)}).`;
  return `Missed sessions: ${percent}% of the fee (${formatDollars(feeForPercent(priceMinor, percent))}).`;
}

/**
 * 'Free to cancel or reschedule until 24 hours before. Later, 50% of the $150 fee
 * ($75) is kept; one late reschedule per booking is free. Missed sessions: full fee ($150).'
 */
export function describeCancellationPolicy(policy: CancellationPolicy, priceMinor: number): string {
  if (priceMinor === 0) return 'This session is free: cancelling, rescheduling or missing it costs nothing.';
  const window = policy.cancellationWindowHours;
  const free = `Free to cancel or reschedule until ${window === 0 ? 'the session starts' : `${hoursPhrase(window)} before`}.`;
  const lateFee = feeForPercent(priceMinor, policy.lateCancelFeePercent);
  const freeMoves = FREE_LATE_RESCHEDULES === 1 ? 'one late reschedule' : `${FREE_LATE_RESCHEDULES} late reschedules`;
  const later = lateFee === 0 ? 'Cancelling later is free too.' : `Later, ${feePhrase(policy.lateCancelFeePercent, priceMinor, lateFee)} is kept; ${freeMoves} per booking is free.`;
  return `${free} ${later} ${missedSessionsSentence(policy.noShowFeePercent, priceMinor)}`;
}

export interface CancellationCostNow {
  /** The last free moment, for the page to show in the reader's zone. */
  freeUntil: Date;
  freeNow: boolean;
  /** What cancelling now would cost the client. */
  costMinor: number;
  /** 'Free to cancel until 24 hours before the session.' / 'The session starts in less than 24 hours, so cancelling now costs …'. */
  text: string;
}

/** What cancelling would cost at `now`: before booking (review page) and before cancelling. */
export function cancellationCostNow(input: { policy: CancellationPolicy; priceMinor: number; startsAt: Date; now: Date }): CancellationCostNow {
  const { policy, priceMinor } = input;
  const decision = applyCancellationPolicy({ ...input, action: 'CANCEL', actor: 'CLIENT', charge: null });
  const window = policy.cancellationWindowHours;
  let text: string;
  if (!decision.late) text = `Free to cancel until ${window === 0 ? 'the session starts' : `${hoursPhrase(window)} before the session`}.`;
  else if (decision.feeMinor === 0) text = 'Cancelling now is free.';
  else {
    const when = window === 0 ? 'The session has started' : `The session starts in less than ${hoursPhrase(window)}`;
    text = `${when}, so cancelling now costs ${feePhrase(policy.lateCancelFeePercent, priceMinor, decision.feeMinor)}.`;
  }
  return { freeUntil: freeCancellationDeadline(input.startsAt, policy), freeNow: decision.feeMinor === 0, costMinor: decision.feeMinor, text };
}
