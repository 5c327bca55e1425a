import {
  nextWaitlistOffer,
  type OpenedSlot,
  validateWaitlistPreferences,
  type WaitlistEntry,
  waitlistMismatch,
  waitlistOfferExpiresAt,
  waitlistOfferOrder,
  type WaitlistPreferences,
} from './waitlist';

const LOS_ANGELES = 'America/Los_Angeles';
const opened = (startIso: string, minutes = 50, sessionTypeId = 'individual'): OpenedSlot => {
  const start = new Date(startIso);
  return { start, end: new Date(start.getTime() + minutes * 60_000), sessionTypeId };
};
/** Tuesday 2026-03-10, 18:00 in New York (the therapist) = 15:00 in Los Angeles (the client). */
const SLOT = opened('2026-03-10T22:00:00Z');
const prefs = (overrides: Partial<WaitlistPreferences>): WaitlistPreferences => ({
  timeZone: LOS_ANGELES,
  weekdays: [],
  dayParts: [],
  timeRanges: [],
  sessionTypeId: null,
  fromDate: null,
  toDate: null,
  ...overrides,
});

describe('waitlistMismatch', () => {
  it.each([
    ['no preferences: any slot', prefs({}), SLOT, null],
    ["Tuesday afternoons in the client's zone (evening in the therapist's)", prefs({ weekdays: [2], dayParts: ['AFTERNOON'] }), SLOT, null],
    ['evenings only', prefs({ dayParts: ['EVENING'] }), SLOT, 'TIME_OF_DAY'],
    ['Mondays only', prefs({ weekdays: [1, 3] }), SLOT, 'WEEKDAY'],
    ['another session type', prefs({ sessionTypeId: 'couples' }), SLOT, 'SESSION_TYPE'],
    ['the same session type', prefs({ sessionTypeId: 'individual' }), SLOT, null],
    ['dates that end the day before', prefs({ toDate: '2026-03-09' }), SLOT, 'DATE_RANGE'],
    ['dates that start that day (inclusive)', prefs({ fromDate: '2026-03-10', toDate: '2026-03-10' }), SLOT, null],
    ['dates that start the day after', prefs({ fromDate: '2026-03-11' }), SLOT, 'DATE_RANGE'],
    ['14:00–16:00 holds the whole session', prefs({ timeRanges: [{ startLocal: '14:00', endLocal: '16:00' }] }), SLOT, null],
    ['15:00–15:50 holds it exactly', prefs({ timeRanges: [{ startLocal: '15:00', endLocal: '15:50' }] }), SLOT, null],
    ['14:00–15:30 ends before the session does', prefs({ timeRanges: [{ startLocal: '14:00', endLocal: '15:30' }] }), SLOT, 'TIME_OF_DAY'],
    ['a range or a day part: either will do', prefs({ dayParts: ['MORNING'], timeRanges: [{ startLocal: '15:00', endLocal: '17:00' }] }), SLOT, null],
    ['until midnight, ending at 24:00', prefs({ timeRanges: [{ startLocal: '23:00', endLocal: '24:00' }] }), opened('2026-03-11T06:10:00Z'), null],
    ['until midnight, running past it', prefs({ timeRanges: [{ startLocal: '23:00', endLocal: '24:00' }] }), opened('2026-03-11T06:30:00Z'), 'TIME_OF_DAY'],
  ] as const)('%s', (_case, preferences, slot, expected) => {
    expect(waitlistMismatch(preferences as WaitlistPreferences, slot)).toBe(expected);
  });

  it('reads the weekday in the client zone, not UTC', () => {
    // Tuesday 20:00 in Los Angeles is already Wednesday in UTC.
    const lateTuesday = opened('2026-03-11T03:00:00Z');
    expect(waitlistMismatch(prefs({ weekdays: [2] }), lateTuesday)).toBeNull();
    expect(waitlistMismatch(prefs({ weekdays: [2], timeZone: 'UTC' }), lateTuesday)).toBe('WEEKDAY');
  });
});

describe('validateWaitlistPreferences', () => {
  it('names each bad field', () => {
    expect(validateWaitlistPreferences(prefs({ weekdays: [2], dayParts: ['EVENING'] }))).toEqual([]);
    const bad = prefs({ timeZone: 'Nowhere', weekdays: [0 as never], dayParts: ['NIGHT' as never], timeRanges: [{ startLocal: '18:00', endLocal: '17:00' }], fromDate: '2026-03-10', toDate: '2026-03-01' });
    expect(validateWaitlistPreferences(bad).map((problem) => problem.path)).toEqual([
      'waitlist.timeZone',
      'waitlist.weekdays[0]',
      'waitlist.dayParts[0]',
      'waitlist.timeRanges[0].endLocal',
      'waitlist.toDate',
    ]);
  });
});

describe('waitlist offers', () => {
  const entry = (id: string, clientId: string, joinedAt: string, overrides: Partial<WaitlistPreferences> = {}): WaitlistEntry => ({
    ...prefs(overrides),
    id,
    clientId,
    joinedAt: new Date(joinedAt),
  });
  const entries = [
    entry('e5', 'eve', '2026-02-05T00:00:00Z'),
    entry('e2', 'bob', '2026-02-02T00:00:00Z', { dayParts: ['MORNING'] }), // does not fit
    entry('e3b', 'carol', '2026-02-03T00:00:00Z'),
    entry('e3a', 'dan', '2026-02-03T00:00:00Z'), // same moment as carol: id breaks the tie
    entry('e1', 'ann', '2026-02-01T00:00:00Z'),
    entry('e4', 'ann', '2026-02-04T00:00:00Z'), // ann's second entry: one offer per client
  ];
  const order = (clientsBookedThen: string[] = [], alreadyOffered: string[] = []) =>
    waitlistOfferOrder({ entries, slot: SLOT, clientsBookedThen: new Set(clientsBookedThen), alreadyOffered: new Set(alreadyOffered) }).map((offer) => offer.id);

  it('goes first come, first served among entries that fit, once per client', () => {
    expect(order()).toEqual(['e1', 'e3a', 'e3b', 'e5']);
  });

  it('skips clients booked at that time and moves on past lapsed or declined offers', () => {
    expect(order(['dan'])).toEqual(['e1', 'e3b', 'e5']);
    expect(order([], ['e1'])).toEqual(['e3a', 'e3b', 'e5']);
    expect(order(['dan', 'carol', 'eve'], ['e1'])).toEqual([]);
    expect(nextWaitlistOffer({ entries, slot: SLOT, clientsBookedThen: new Set(['ann']), alreadyOffered: new Set() })?.id).toBe('e3a');
    expect(nextWaitlistOffer({ entries: [], slot: SLOT, clientsBookedThen: new Set(), alreadyOffered: new Set() })).toBeNull();
  });

  it('holds an offer for two hours, never past the start', () => {
    expect(waitlistOfferExpiresAt(new Date('2026-03-10T12:00:00Z'), SLOT)).toEqual(new Date('2026-03-10T14:00:00Z'));
    expect(waitlistOfferExpiresAt(new Date('2026-03-10T21:00:00Z'), SLOT)).toEqual(SLOT.start);
    expect(waitlistOfferExpiresAt(new Date('2026-03-10T12:00:00Z'), SLOT, 30)).toEqual(new Date('2026-03-10T12:30:00Z'));
  });
});
