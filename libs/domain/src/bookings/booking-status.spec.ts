import {
  assertCanReschedule,
  assertTransition,
  availableTransitions,
  BOOKING_STATUSES,
  type BookingStatus,
  BookingStatusError,
  type BookingTimes,
  canTransition,
  isTerminalStatus,
  transitionViolation,
} from './booking-status';

const START = new Date('2026-03-10T18:00:00Z');
const END = new Date('2026-03-10T18:50:00Z');
const HOLD_EXPIRY = new Date('2026-03-01T12:10:00Z');
const times = (now: string, holdExpiresAt: Date | null = HOLD_EXPIRY): BookingTimes => ({ now: new Date(now), startsAt: START, endsAt: END, holdExpiresAt });

const ALLOWED = new Set(['HELD→CONFIRMED', 'HELD→EXPIRED', 'HELD→CANCELLED', 'CONFIRMED→COMPLETED', 'CONFIRMED→NO_SHOW', 'CONFIRMED→CANCELLED']);
const ALL_PAIRS = BOOKING_STATUSES.flatMap((from) => BOOKING_STATUSES.map((to) => [from, to] as const));

describe('booking status transitions', () => {
  it.each(ALL_PAIRS)('%s → %s follows the one table', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}→${to}`));
  });

  it.each([
    ['COMPLETED', true],
    ['CANCELLED', true],
    ['NO_SHOW', true],
    ['EXPIRED', true],
    ['HELD', false],
    ['CONFIRMED', false],
  ] as const)('%s is terminal: %s', (status, terminal) => {
    expect(isTerminalStatus(status)).toBe(terminal);
  });

  it.each([
    // [from, to, now, allowed code or null]
    ['HELD', 'CONFIRMED', '2026-03-01T12:05:00Z', null],
    ['HELD', 'CONFIRMED', '2026-03-01T12:30:00Z', null], // hold lapsed but not yet expired by the job: the row still kept the slot
    ['HELD', 'CONFIRMED', '2026-03-10T18:00:00Z', 'SESSION_ALREADY_STARTED'],
    ['HELD', 'EXPIRED', '2026-03-01T12:09:59.999Z', 'HOLD_STILL_LIVE'],
    ['HELD', 'EXPIRED', '2026-03-01T12:10:00Z', null],
    ['HELD', 'CANCELLED', '2026-03-01T12:05:00Z', null],
    ['CONFIRMED', 'COMPLETED', '2026-03-10T17:59:59.999Z', 'SESSION_NOT_STARTED'],
    ['CONFIRMED', 'COMPLETED', '2026-03-10T18:00:00Z', null],
    ['CONFIRMED', 'NO_SHOW', '2026-03-10T17:00:00Z', 'SESSION_NOT_STARTED'],
    ['CONFIRMED', 'NO_SHOW', '2026-03-10T18:10:00Z', null],
    ['CONFIRMED', 'CANCELLED', '2026-03-10T18:49:59.999Z', null],
    ['CONFIRMED', 'CANCELLED', '2026-03-10T18:50:00Z', 'SESSION_ALREADY_ENDED'],
    ['CANCELLED', 'CONFIRMED', '2026-03-01T12:05:00Z', 'TRANSITION_NOT_ALLOWED'],
    ['EXPIRED', 'CONFIRMED', '2026-03-01T12:30:00Z', 'TRANSITION_NOT_ALLOWED'],
    ['HELD', 'COMPLETED', '2026-03-10T19:00:00Z', 'TRANSITION_NOT_ALLOWED'],
    ['CONFIRMED', 'CONFIRMED', '2026-03-01T12:30:00Z', 'TRANSITION_NOT_ALLOWED'],
  ] as const)('%s → %s at %s: %s', (from, to, now, code) => {
    expect(transitionViolation(from, to, times(now))?.code ?? null).toBe(code);
  });

  it('expires a hold that has no recorded expiry', () => {
    expect(transitionViolation('HELD', 'EXPIRED', times('2026-03-01T12:00:00Z', null))).toBeNull();
  });

  it('assertTransition throws a BookingStatusError naming from, to and the rule', () => {
    const attempt = () => assertTransition('CONFIRMED', 'NO_SHOW', times('2026-03-10T17:00:00Z'));
    expect(attempt).toThrow(BookingStatusError);
    expect(attempt).toThrow('This session has not started yet, so it cannot be marked as a no-show.');
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ from: 'CONFIRMED', to: 'NO_SHOW', code: 'SESSION_NOT_STARTED', name: 'BookingStatusError' });
    }
    expect(() => assertTransition('COMPLETED', 'CANCELLED', times('2026-03-10T18:10:00Z'))).toThrow(
      'A booking that is completed cannot be cancelled.',
    );
    expect(() => assertTransition('HELD', 'CONFIRMED', times('2026-03-01T12:05:00Z'))).not.toThrow();
  });

  it.each([
    ['HELD', '2026-03-01T12:05:00Z', ['CONFIRMED', 'CANCELLED']],
    ['HELD', '2026-03-01T12:30:00Z', ['CONFIRMED', 'EXPIRED', 'CANCELLED']],
    ['CONFIRMED', '2026-03-09T12:00:00Z', ['CANCELLED']],
    ['CONFIRMED', '2026-03-10T18:20:00Z', ['COMPLETED', 'NO_SHOW', 'CANCELLED']],
    ['CONFIRMED', '2026-03-10T19:00:00Z', ['COMPLETED', 'NO_SHOW']],
    ['COMPLETED', '2026-03-10T19:00:00Z', []],
  ] as const)('from %s at %s the actions are %j', (from, now, expected) => {
    expect(availableTransitions(from, times(now))).toEqual(expected);
  });
});

describe('reschedule', () => {
  it.each([
    ['CONFIRMED', '2026-03-10T17:59:00Z', null],
    ['CONFIRMED', '2026-03-10T18:00:00Z', 'SESSION_ALREADY_STARTED'],
    ['HELD', '2026-03-01T12:05:00Z', 'TRANSITION_NOT_ALLOWED'],
    ['CANCELLED', '2026-03-01T12:05:00Z', 'TRANSITION_NOT_ALLOWED'],
  ] as const)('%s at %s: %s', (status, now, code) => {
    const attempt = () => assertCanReschedule(status as BookingStatus, { now: new Date(now), startsAt: START });
    if (code === null) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ code, from: status, to: status }));
  });
});
