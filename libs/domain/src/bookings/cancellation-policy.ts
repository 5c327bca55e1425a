/**
 * The therapist's cancellation policy and the one function that decides what a
 * cancel, reschedule or no-show costs whom. Integer cents throughout.
 */
import { assertMinorUnits, type ChargeState, NO_REFUND, proportionOf, type RefundSplit, refundableMinor, splitRefund } from '../money';
import { addMinutes, isValidInstant } from '../time';
import { assertNoProblems } from './bookings.types';
import { explainPolicyDecision } from './policy-words';
import { type CancellationPolicy, FREE_LATE_RESCHEDULES, validateCancellationPolicy } from './policy-settings';

/** The last instant a client can cancel or reschedule for free (inclusive). */
export function freeCancellationDeadline(startsAt: Date, policy: CancellationPolicy): Date {
  return addMinutes(startsAt, -policy.cancellationWindowHours * 60);
}

/** A share of the price, rounded down in the client's favour: 50% of $123.45 is $61.72. */
export function feeForPercent(priceMinor: number, percent: number): number {
  return proportionOf(priceMinor, percent, 100, 'down');
}

export const POLICY_ACTIONS = ['CANCEL', 'RESCHEDULE', 'NO_SHOW'] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];
/** SYSTEM: Rapport itself, e.g. a lapsed payment or a suspended therapist. */
export const POLICY_ACTORS = ['CLIENT', 'THERAPIST', 'SYSTEM'] as const;
export type PolicyActor = (typeof POLICY_ACTORS)[number];

export const POLICY_REASON_CODES = [
  'CLIENT_CANCELLED_EARLY',
  'CLIENT_CANCELLED_LATE',
  'THERAPIST_CANCELLED',
  'SYSTEM_CANCELLED',
  'NO_SHOW',
  'RESCHEDULED_EARLY',
  'RESCHEDULED_LATE_FREE',
  'RESCHEDULED_LATE',
  'THERAPIST_RESCHEDULED',
] as const;
export type PolicyReasonCode = (typeof POLICY_REASON_CODES)[number];

export interface PolicyRequest {
  /** NO_SHOW: the client missed the session, whoever records it. */
  action: PolicyAction;
  actor: PolicyActor;
  now: Date;
  startsAt: Date;
  policy: CancellationPolicy;
  /** The session's price at booking; fees are percentages of it. */
  priceMinor: number;
  /** The booking's charge so far; null when nothing was charged yet (a far session with a saved card). */
  charge: ChargeState | null;
  /** Free late reschedules this booking has already had. */
  freeLateReschedulesUsed?: number;
}

export interface PolicyDecision {
  reason: PolicyReasonCode;
  /** Later than the free-cancellation deadline. */
  late: boolean;
  /** What this costs the client in all: keptMinor + chargeOffSessionMinor. */
  feeMinor: number;
  /** Of what was paid, what stays paid. */
  keptMinor: number;
  /** Of what was paid, what goes back, split between the platform fee and the therapist's transfer. */
  refund: RefundSplit;
  /** A reschedule's payment moving to the new time. */
  carriedOverMinor: number;
  /** The part of the fee not covered by the payment, to charge to the saved card off-session. */
  chargeOffSessionMinor: number;
  /** Record it on the booking: this decision used its free late reschedule. */
  usesFreeLateReschedule: boolean;
  /** For the client, with amounts: 'Cancelled less than 24 hours before the session: …'. */
  explanation: string;
}

function assertPolicyRequest(request: PolicyRequest): void {
  if (!POLICY_ACTIONS.includes(request.action)) throw new RangeError(`action must be one of ${POLICY_ACTIONS.join(', ')}`);
  if (!POLICY_ACTORS.includes(request.actor)) throw new RangeError(`actor must be one of ${POLICY_ACTORS.join(', ')}`);
  for (const key of ['now', 'startsAt'] as const) {
    if (!isValidInstant(request[key])) throw new RangeError(`${key} must be a valid Date`);
  }
  assertMinorUnits('priceMinor', request.priceMinor);
  assertNoProblems(validateCancellationPolicy(request.policy));
  const used = request.freeLateReschedulesUsed ?? 0;
  if (!Number.isInteger(used) || used < 0) throw new RangeError('freeLateReschedulesUsed must be a whole number, 0 or more');
}

interface Assessment {
  reason: PolicyReasonCode;
  feePercent: number;
  usesFreeLateReschedule?: boolean;
}

/** Who pays what, before any money moves. */
function assess(request: PolicyRequest, late: boolean): Assessment {
  const { action, actor, policy } = request;
  if (action === 'NO_SHOW') return { reason: 'NO_SHOW', feePercent: policy.noShowFeePercent };
  if (action === 'CANCEL') {
    if (actor === 'THERAPIST') return { reason: 'THERAPIST_CANCELLED', feePercent: 0 };
    if (actor === 'SYSTEM') return { reason: 'SYSTEM_CANCELLED', feePercent: 0 };
    return late ? { reason: 'CLIENT_CANCELLED_LATE', feePercent: policy.lateCancelFeePercent } : { reason: 'CLIENT_CANCELLED_EARLY', feePercent: 0 };
  }
  // Rapport never moves a session by itself; a SYSTEM reschedule is one made for the therapist.
  if (actor !== 'CLIENT') return { reason: 'THERAPIST_RESCHEDULED', feePercent: 0 };
  if (!late) return { reason: 'RESCHEDULED_EARLY', feePercent: 0 };
  if ((request.freeLateReschedulesUsed ?? 0) < FREE_LATE_RESCHEDULES) {
    return { reason: 'RESCHEDULED_LATE_FREE', feePercent: 0, usesFreeLateReschedule: true };
  }
  return { reason: 'RESCHEDULED_LATE', feePercent: policy.lateCancelFeePercent };
}

/**
 * What a cancel, reschedule or no-show costs whom:
 * - client, at or before the deadline (start − window): free, everything paid is refunded;
 * - client, later: the late-cancel fee is kept, the rest refunded;
 * - therapist or system, any time: free, everything paid is refunded, platform fee included;
 * - no-show: the no-show fee is kept, the rest refunded;
 * - reschedule: the payment moves to the new time; see FREE_LATE_RESCHEDULES.
 * A fee above what was paid (nothing charged yet) is charged to the saved card.
 * Rounding: fees are rounded down, in the client's favour (feeForPercent); the
 * refund's split follows splitRefund. Throws a RangeError for unreadable input.
 */
export function applyCancellationPolicy(request: PolicyRequest): PolicyDecision {
  assertPolicyRequest(request);
  const late = request.now.getTime() > freeCancellationDeadline(request.startsAt, request.policy).getTime();
  const { reason, feePercent, usesFreeLateReschedule = false } = assess(request, late);
  const feeMinor = feeForPercent(request.priceMinor, feePercent);
  const paidMinor = request.charge === null ? 0 : refundableMinor(request.charge);

  let keptMinor = 0;
  let carriedOverMinor = 0;
  let refund = NO_REFUND;
  if (request.action === 'RESCHEDULE') {
    carriedOverMinor = paidMinor;
  } else {
    keptMinor = Math.min(feeMinor, paidMinor);
    if (request.charge !== null && paidMinor > keptMinor) refund = splitRefund(request.charge, paidMinor - keptMinor);
  }
  const decision = { reason, late, feeMinor, keptMinor, refund, carriedOverMinor, chargeOffSessionMinor: feeMinor - keptMinor, usesFreeLateReschedule };
  return { ...decision, explanation: explainPolicyDecision({ ...decision, feePercent, priceMinor: request.priceMinor, policy: request.policy }) };
}
