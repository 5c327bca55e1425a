import type { CancellationPolicy } from './policy-settings';
import { cancellationCostNow, describeCancellationPolicy } from './describe-policy';

const policy = (cancellationWindowHours: number, lateCancelFeePercent: number, noShowFeePercent: number): CancellationPolicy => ({
  cancellationWindowHours,
  lateCancelFeePercent,
  noShowFeePercent,
});

describe('describeCancellationPolicy', () => {
  it.each([
    [policy(24, 50, 100), 15_000,
      'Free to cancel or reschedule until 24 hours before. Later, 50% of the $150 fee ($75) is kept; one late reschedule per booking is free. Missed sessions: full fee ($150).'],
    [policy(48, 100, 100), 12_000,
      'Free to cancel or reschedule until 48 hours before. Later, the full $120 fee is kept; one late reschedule per booking is free. Missed sessions: full fee ($120).'],
    [policy(1, 0, 0), 9_000, 'Free to cancel or reschedule until 1 hour before. Cancelling later is free too. Missed sessions: no charge.'],
    [policy(0, 25, 50), 12_345,
      'Free to cancel or reschedule until the session starts. Later, 25% of the $123.45 fee ($30.86) is kept; one late reschedule per booking is free. Missed sessions: 50% of the fee ($61.72).'],
    [policy(24, 50, 100), 0, 'This session is free: cancelling, rescheduling or missing it costs nothing.'],
  ])('%j at %i cents', (terms, price, expected) => {
    expect(describeCancellationPolicy(terms, price)).toBe(expected);
  });
});

describe('cancellationCostNow', () => {
  const startsAt = new Date('2026-03-10T18:00:00Z');
  it.each([
    ['two days ahead', policy(24, 50, 100), '2026-03-08T18:00:00Z', true, 0, 'Free to cancel until 24 hours before the session.'],
    ['at the deadline', policy(24, 50, 100), '2026-03-09T18:00:00Z', true, 0, 'Free to cancel until 24 hours before the session.'],
    ['booking a session that starts in 5 hours', policy(24, 50, 100), '2026-03-10T13:00:00Z', false, 7_500,
      'The session starts in less than 24 hours, so cancelling now costs 50% of the $150 fee ($75).'],
    ['inside the window, no late fee', policy(24, 0, 100), '2026-03-10T13:00:00Z', true, 0, 'Cancelling now is free.'],
    ['no window, after the start', policy(0, 100, 100), '2026-03-10T18:05:00Z', false, 15_000, 'The session has started, so cancelling now costs the full $150 fee.'],
    ['no window, before the start', policy(0, 100, 100), '2026-03-10T17:55:00Z', true, 0, 'Free to cancel until the session starts.'],
  ] as const)('%s', (_case, terms, now, freeNow, cost, text) => {
    const result = cancellationCostNow({ policy: terms, priceMinor: 15_000, startsAt, now: new Date(now) });
    expect(result).toEqual({ freeUntil: new Date(startsAt.getTime() - terms.cancellationWindowHours * 3_600_000), freeNow, costMinor: cost, text });
  });
});
