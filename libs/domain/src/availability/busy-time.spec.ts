import { buildBusyTimeline, datesAtDailyCap, overlapsBusy } from './busy-time';

const at = (iso: string) => new Date(iso);
const busy = (start: string, end: string, countsTowardDailyCap = true) => ({ start: at(start), end: at(end), countsTowardDailyCap });
const ms = (iso: string) => at(iso).getTime();

describe('busy time', () => {
  it('sorts and merges overlapping and touching ranges; drops empty ones', () => {
    const timeline = buildBusyTimeline([
      busy('2026-06-08T12:00:00Z', '2026-06-08T13:00:00Z'),
      busy('2026-06-08T09:00:00Z', '2026-06-08T10:00:00Z'),
      busy('2026-06-08T09:30:00Z', '2026-06-08T11:00:00Z'),
      busy('2026-06-08T11:00:00Z', '2026-06-08T11:30:00Z'),
      busy('2026-06-08T15:00:00Z', '2026-06-08T15:00:00Z'),
      busy('2026-06-08T17:00:00Z', '2026-06-08T16:00:00Z'),
    ]);
    expect(timeline).toEqual({
      starts: [ms('2026-06-08T09:00:00Z'), ms('2026-06-08T12:00:00Z')],
      ends: [ms('2026-06-08T11:30:00Z'), ms('2026-06-08T13:00:00Z')],
    });
  });

  it.each([
    ['2026-06-08T08:00:00Z', '2026-06-08T09:00:00Z', false], // ends as busy time starts
    ['2026-06-08T08:00:00Z', '2026-06-08T09:01:00Z', true],
    ['2026-06-08T10:00:00Z', '2026-06-08T10:30:00Z', true], // inside
    ['2026-06-08T11:00:00Z', '2026-06-08T12:00:00Z', false], // between
    ['2026-06-08T11:00:00Z', '2026-06-08T14:00:00Z', true], // around
    ['2026-06-08T13:00:00Z', '2026-06-08T14:00:00Z', false], // starts as busy time ends
  ])('[%s, %s) overlaps busy time: %s', (start, end, expected) => {
    const timeline = buildBusyTimeline([busy('2026-06-08T09:00:00Z', '2026-06-08T11:00:00Z'), busy('2026-06-08T12:00:00Z', '2026-06-08T13:00:00Z')]);
    expect(overlapsBusy(timeline, ms(start), ms(end))).toBe(expected);
  });

  it('finds nothing busy in an empty timeline', () => {
    expect(overlapsBusy(buildBusyTimeline([]), 0, Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('counts capped sessions per therapist-local date', () => {
    const input = {
      timeZone: 'Asia/Tokyo',
      bufferBeforeMinutes: 10,
      busy: [
        busy('2026-06-08T00:50:00Z', '2026-06-08T02:00:00Z'), // 10:00 Monday in Tokyo
        busy('2026-06-08T14:50:00Z', '2026-06-08T16:00:00Z'), // 00:00 Tuesday once the buffer is skipped
        busy('2026-06-08T03:00:00Z', '2026-06-08T04:00:00Z', false),
        busy('2026-06-08T05:00:00Z', '2026-06-08T06:00:00Z'),
      ],
    };
    expect(datesAtDailyCap({ ...input, maxSessionsPerDay: 2 })).toEqual(new Set(['2026-06-08']));
    expect(datesAtDailyCap({ ...input, maxSessionsPerDay: 1 })).toEqual(new Set(['2026-06-08', '2026-06-09']));
    expect(datesAtDailyCap({ ...input, maxSessionsPerDay: null })).toEqual(new Set());
  });
});
