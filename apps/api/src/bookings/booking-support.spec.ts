import { blockedRangeOf, isSlotConflict, isUniqueViolation, retryOnDeadlock, sqlStateOf } from './booking-support';

describe('blockedRangeOf', () => {
  it.each([
    [0, 10, '[2026-03-03T15:00:00.000Z,2026-03-03T16:00:00.000Z)'],
    [15, 0, '[2026-03-03T14:45:00.000Z,2026-03-03T15:50:00.000Z)'],
    [30, 240, '[2026-03-03T14:30:00.000Z,2026-03-03T19:50:00.000Z)'],
  ])('buffer before %i, after %i: %s (half-open, as the exclusion constraint compares)', (before, after, expected) => {
    const range = blockedRangeOf(new Date('2026-03-03T15:00:00Z'), new Date('2026-03-03T15:50:00Z'), { bufferBeforeMinutes: before, bufferAfterMinutes: after });
    expect(range).toBe(expected);
  });
});

describe('SQL states', () => {
  it('reads the code from the driver error, its sqlState or its cause', () => {
    expect(sqlStateOf({ code: '23P01' })).toBe('23P01');
    expect(sqlStateOf({ sqlState: '40P01' })).toBe('40P01');
    expect(sqlStateOf({ code: 'ERR_SOMETHING', cause: { code: '23505' } })).toBe('23505');
    expect(sqlStateOf(new Error('plain'))).toBeUndefined();
    expect(sqlStateOf(null)).toBeUndefined();
    expect(isSlotConflict({ code: '23P01' })).toBe(true);
    expect(isSlotConflict({ code: '23505' })).toBe(false);
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
  });
});

describe('retryOnDeadlock', () => {
  it('runs again after a deadlock or serialization failure, and gives up after the attempts', async () => {
    let calls = 0;
    await expect(retryOnDeadlock(async () => (++calls < 3 ? Promise.reject({ code: '40P01' }) : 'done'))).resolves.toBe('done');
    expect(calls).toBe(3);

    calls = 0;
    await expect(retryOnDeadlock(async () => Promise.reject({ code: '40001', n: ++calls }), 2)).rejects.toEqual({ code: '40001', n: 2 });
  });

  it('never retries other errors, a lost slot included', async () => {
    let calls = 0;
    await expect(retryOnDeadlock(async () => Promise.reject({ code: '23P01', n: ++calls }))).rejects.toEqual({ code: '23P01', n: 1 });
  });
});
