import fc from 'fast-check';
import { MS_PER_MINUTE } from '../time';
import { DEFAULT_PAYMENT_TIMING, holdExpiresAt, isHoldLive, paymentPlanFor, type PaymentTiming, reminderSchedule, validatePaymentTiming } from './timing';

const at = (iso: string) => new Date(iso);
const START = at('2026-03-10T18:00:00Z');

describe('holds', () => {
  it('expire after the given minutes and are live until then, exclusive', () => {
    const expiry = holdExpiresAt(at('2026-03-01T12:00:00Z'), 10);
    expect(expiry).toEqual(at('2026-03-01T12:10:00Z'));
    expect(isHoldLive(expiry, at('2026-03-01T12:09:59.999Z'))).toBe(true);
    expect(isHoldLive(expiry, at('2026-03-01T12:10:00Z'))).toBe(false);
  });

  it.each([0, 1441, 2.5, Number.NaN])('rejects %p hold minutes', (minutes) => {
    expect(() => holdExpiresAt(START, minutes)).toThrow(/holdMinutes must be a whole number from 1 to 1440/);
  });
});

describe('reminderSchedule', () => {
  it.each([
    ['booked a week ahead: both', '2026-03-03T12:00:00Z', ['DAY_BEFORE@2026-03-09T18:00:00.000Z', 'HOUR_BEFORE@2026-03-10T17:00:00.000Z']],
    ['booked 5 hours ahead: only the hour-before', '2026-03-10T13:00:00Z', ['HOUR_BEFORE@2026-03-10T17:00:00.000Z']],
    ['booked exactly 24 hours ahead: the day-before one is not in the future', '2026-03-09T18:00:00Z', ['HOUR_BEFORE@2026-03-10T17:00:00.000Z']],
    ['booked 30 minutes ahead: none', '2026-03-10T17:30:00Z', []],
  ])('%s', (_case, now, expected) => {
    expect(reminderSchedule(START, at(now)).map(({ kind, at: when }) => `${kind}@${when.toISOString()}`)).toEqual(expected);
  });

  it('counts elapsed hours, so a reminder across a clock change is still 24 hours before', () => {
    // New York springs forward on 2026-03-08: 18:00 EDT on the 8th is 23 wall-clock hours after 18:00 EST on the 7th.
    const [dayBefore] = reminderSchedule(at('2026-03-08T22:00:00Z'), at('2026-03-01T00:00:00Z'));
    expect(dayBefore.at).toEqual(at('2026-03-07T22:00:00Z'));
  });
});

describe('paymentPlanFor', () => {
  it.each([
    ['two days out: pay now', '2026-03-08T18:00:00Z', { kind: 'PAY_NOW' }],
    ['exactly at the 7-day window: pay now', '2026-03-03T18:00:00Z', { kind: 'PAY_NOW' }],
    ['a minute beyond it: save the card, charge 72 h before, due 48 h before', '2026-03-03T17:59:00Z',
      { kind: 'SAVE_CARD', chargeAt: at('2026-03-07T18:00:00Z'), dueBy: at('2026-03-08T18:00:00Z') }],
    ['a month out: the same', '2026-02-08T18:00:00Z', { kind: 'SAVE_CARD', chargeAt: at('2026-03-07T18:00:00Z'), dueBy: at('2026-03-08T18:00:00Z') }],
  ])('%s', (_case, now, expected) => {
    expect(paymentPlanFor({ startsAt: START, now: at(now) })).toEqual(expected);
  });

  it('uses the timing it is given', () => {
    const timing: PaymentTiming = { authorizationWindowDays: 3, chargeLeadHours: 24, paymentGraceHours: 0 };
    expect(paymentPlanFor({ startsAt: START, now: at('2026-03-06T12:00:00Z'), timing })).toEqual({ kind: 'SAVE_CARD', chargeAt: at('2026-03-09T18:00:00Z'), dueBy: at('2026-03-09T18:00:00Z') });
  });

  it('always charges after now and is due before the start (property)', () => {
    const timingArbitrary = fc
      .record({ authorizationWindowDays: fc.integer({ min: 1, max: 7 }), lead: fc.double({ min: 0, max: 1, noNaN: true }), grace: fc.double({ min: 0, max: 1, noNaN: true }) })
      .map(({ authorizationWindowDays, lead, grace }) => {
        const chargeLeadHours = 1 + Math.floor(lead * (authorizationWindowDays * 24 - 1));
        return { authorizationWindowDays, chargeLeadHours, paymentGraceHours: Math.floor(grace * (chargeLeadHours - 1)) };
      });
    fc.assert(
      fc.property(timingArbitrary, fc.integer({ min: 0, max: 60 * 24 * 60 }), (timing, minutesAhead) => {
        expect(validatePaymentTiming(timing)).toEqual([]);
        const now = new Date(START.getTime() - minutesAhead * MS_PER_MINUTE);
        const plan = paymentPlanFor({ startsAt: START, now, timing });
        expect(plan.kind === 'SAVE_CARD').toBe(minutesAhead > timing.authorizationWindowDays * 24 * 60);
        if (plan.kind === 'SAVE_CARD') {
          expect(plan.chargeAt > now && plan.chargeAt <= plan.dueBy && plan.dueBy < START).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('validates the timing, naming the field', () => {
    expect(validatePaymentTiming(DEFAULT_PAYMENT_TIMING)).toEqual([]);
    expect(validatePaymentTiming({ authorizationWindowDays: 8, chargeLeadHours: 0, paymentGraceHours: 1 })).toEqual([
      { path: 'paymentTiming.authorizationWindowDays', message: 'must be a whole number from 1 to 7' },
      { path: 'paymentTiming.chargeLeadHours', message: 'must be a whole number from 1 to 168' },
    ]);
    expect(validatePaymentTiming({ authorizationWindowDays: 2, chargeLeadHours: 72, paymentGraceHours: 72 })).toEqual([
      { path: 'paymentTiming.chargeLeadHours', message: 'must be at most the authorization window (48 hours)' },
      { path: 'paymentTiming.paymentGraceHours', message: 'must be less than chargeLeadHours (72)' },
    ]);
    expect(() => paymentPlanFor({ startsAt: START, now: START, timing: { ...DEFAULT_PAYMENT_TIMING, paymentGraceHours: 72 } })).toThrow(/paymentGraceHours/);
  });
});
