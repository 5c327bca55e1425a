import { addMinutes, paymentPlanFor, type PaymentPlan, type PaymentTiming } from '@rapport/domain';
import { AppConfig } from '../../config/config.schema';

/**
 * The far-session settings as libs/domain's PaymentTiming: the deadline is
 * configured as hours before the start, the domain counts grace after the charge.
 */
export function paymentTimingOf(config: AppConfig): PaymentTiming {
  return {
    authorizationWindowDays: config.FAR_SESSION_AUTHORIZATION_DAYS,
    chargeLeadHours: config.FAR_SESSION_CHARGE_HOURS_BEFORE,
    paymentGraceHours: config.FAR_SESSION_CHARGE_HOURS_BEFORE - config.FAR_SESSION_PAYMENT_DEADLINE_HOURS,
  };
}

export function paymentPlanOf(config: AppConfig, startsAt: Date, now: Date): PaymentPlan {
  return paymentPlanFor({ startsAt, now, timing: paymentTimingOf(config) });
}

/** For a booked far session (maybe moved since): when its card is charged (never before now) and when it must be paid by. */
export function farScheduleOf(config: AppConfig, startsAt: Date, now: Date): { chargeAt: Date; dueBy: Date } {
  const chargeAt = addMinutes(startsAt, -config.FAR_SESSION_CHARGE_HOURS_BEFORE * 60);
  return { chargeAt: chargeAt < now ? now : chargeAt, dueBy: addMinutes(startsAt, -config.FAR_SESSION_PAYMENT_DEADLINE_HOURS * 60) };
}
