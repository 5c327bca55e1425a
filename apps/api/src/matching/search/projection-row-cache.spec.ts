import { ProjectionRowCache } from './projection-row-cache';

interface Raw {
  name: string;
  /** Epoch ms at which the derived row stops reading the same. */
  changesAtMs: number;
}
interface Row {
  label: string;
  derivedAtMs: number;
  unchangedUntilMs: number;
}

const at = (ms: number) => new Date(ms);

function cacheOf(capacity: number) {
  const derived: string[] = [];
  const cache = new ProjectionRowCache<Raw, Row>(capacity, (raw, now) => {
    derived.push(raw.name);
    return { label: raw.name, derivedAtMs: now.getTime(), unchangedUntilMs: raw.changesAtMs };
  });
  return { cache, derived };
}

describe('ProjectionRowCache', () => {
  it('asks again for a row it does not hold, or holds at another version', () => {
    const { cache } = cacheOf(10);
    cache.put('a', '100:(0,1)', { name: 'a', changesAtMs: 1_000 });
    cache.put('b', '101:(0,2)', { name: 'b', changesAtMs: 1_000 });
    const versions = new Map([['a', '100:(0,1)'], ['b', '105:(0,7)'], ['c', '102:(0,3)']]);
    expect(cache.missing(versions)).toEqual(['b', 'c']);
    expect(cache.rowAt('b', '105:(0,7)', at(0))).toBeUndefined();
    expect(cache.rowAt('a', '100:(0,1)', at(0))).toMatchObject({ label: 'a' });
  });

  it('gives the same row object while it reads the same, and derives it again once that has passed', () => {
    const { cache, derived } = cacheOf(10);
    cache.put('a', 'v1', { name: 'a', changesAtMs: 1_000 });
    const first = cache.rowAt('a', 'v1', at(0));
    expect(cache.rowAt('a', 'v1', at(999))).toBe(first);
    expect(derived).toEqual(['a']);
    const later = cache.rowAt('a', 'v1', at(1_000));
    expect(later).not.toBe(first);
    expect(later).toMatchObject({ derivedAtMs: 1_000 });
    expect(derived).toEqual(['a', 'a']);
  });

  it('replaces a row read at a newer version', () => {
    const { cache } = cacheOf(10);
    cache.put('a', 'v1', { name: 'old', changesAtMs: 1_000 });
    expect(cache.rowAt('a', 'v1', at(0))).toMatchObject({ label: 'old' });
    cache.put('a', 'v2', { name: 'new', changesAtMs: 1_000 });
    expect(cache.rowAt('a', 'v1', at(0))).toBeUndefined();
    expect(cache.rowAt('a', 'v2', at(0))).toMatchObject({ label: 'new' });
    expect(cache.size).toBe(1);
  });

  it('lets the least recently used rows go past its capacity', () => {
    const { cache } = cacheOf(2);
    cache.put('a', 'v', { name: 'a', changesAtMs: 1_000 });
    cache.put('b', 'v', { name: 'b', changesAtMs: 1_000 });
    // Reading a makes b the least recently used.
    cache.rowAt('a', 'v', at(0));
    cache.put('c', 'v', { name: 'c', changesAtMs: 1_000 });
    expect(cache.size).toBe(2);
    expect(cache.missing(new Map([['a', 'v'], ['b', 'v'], ['c', 'v']]))).toEqual(['b']);
  });

  it('refuses a capacity that is not a positive whole number', () => {
    expect(() => cacheOf(0)).toThrow(RangeError);
    expect(() => cacheOf(1.5)).toThrow(RangeError);
  });
});
