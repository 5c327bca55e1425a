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
const raw = (name: string, changesAtMs = 1_000): Raw => ({ name, changesAtMs });

function cacheOf(capacity: number, keyOf?: (id: string) => number) {
  const derived: string[] = [];
  const cache = new ProjectionRowCache<Raw, Row>(
    capacity,
    (kept, now) => {
      derived.push(kept.name);
      return { label: kept.name, derivedAtMs: now.getTime(), unchangedUntilMs: kept.changesAtMs };
    },
    keyOf,
  );
  return { cache, derived };
}

/** Keys as therapistKey gives them: in the order ids are first seen, one per id. */
function keysInOrderSeen(): (id: string) => number {
  const keys = new Map<string, number>();
  return (id) => keys.get(id) ?? keys.set(id, keys.size).get(id)!;
}

describe('ProjectionRowCache', () => {
  it('gives the rows it holds at exactly the versions asked, and names the others missing', () => {
    const { cache } = cacheOf(10);
    cache.put('a', '100:(0,1)', raw('a'), at(0));
    cache.put('b', '101:(0,2)', raw('b'), at(0));
    const { rows, missing } = cache.take(new Map([['a', '100:(0,1)'], ['b', '105:(0,7)'], ['c', '102:(0,3)']]), at(0));
    expect([...rows.keys()]).toEqual(['a']);
    expect(rows.get('a')).toMatchObject({ label: 'a' });
    expect(missing).toEqual(['b', 'c']);
  });

  it('gives the same row object while it reads the same, and derives it again once that has passed', () => {
    const { cache, derived } = cacheOf(10);
    const first = cache.put('a', 'v1', raw('a'), at(0));
    expect(cache.take(new Map([['a', 'v1']]), at(999)).rows.get('a')).toBe(first);
    expect(derived).toEqual(['a']);
    const later = cache.take(new Map([['a', 'v1']]), at(1_000)).rows.get('a');
    expect(later).not.toBe(first);
    expect(later).toMatchObject({ derivedAtMs: 1_000 });
    expect(derived).toEqual(['a', 'a']);
  });

  it('replaces a row read at a newer version', () => {
    const { cache } = cacheOf(10);
    cache.put('a', 'v1', raw('old'), at(0));
    cache.put('a', 'v2', raw('new'), at(0));
    expect(cache.take(new Map([['a', 'v1']]), at(0)).missing).toEqual(['a']);
    expect(cache.take(new Map([['a', 'v2']]), at(0)).rows.get('a')).toMatchObject({ label: 'new' });
    expect(cache.size).toBe(1);
  });

  it('lets the least recently used rows go past its capacity, yet gives every row it was handed', () => {
    const { cache } = cacheOf(2);
    cache.put('a', 'v', raw('a'), at(0));
    cache.put('b', 'v', raw('b'), at(0));
    // Taking a makes b the least recently used.
    cache.take(new Map([['a', 'v']]), at(0));
    expect(cache.put('c', 'v', raw('c'), at(0))).toMatchObject({ label: 'c' });
    expect(cache.size).toBe(2);
    expect(cache.take(new Map([['a', 'v'], ['b', 'v'], ['c', 'v']]), at(0)).missing).toEqual(['b']);
    // A row evicted as soon as it is kept is still the caller's.
    const tiny = cacheOf(1).cache;
    expect(['x', 'y', 'z'].map((id) => tiny.put(id, 'v', raw(id), at(0)).label)).toEqual(['x', 'y', 'z']);
  });

  it('lets a sixteenth of a larger capacity go at once, the least recently used by their last take or put', () => {
    const { cache } = cacheOf(32);
    const ids = Array.from({ length: 32 }, (_, index) => `row-${index}`);
    for (const id of ids) cache.put(id, 'v', raw(id), at(0));
    // Taken after their puts: rows 10 to 31 are now the least recently used, 10 first.
    cache.take(new Map(ids.slice(0, 10).map((id) => [id, 'v'])), at(0));
    cache.put('row-31', 'v2', raw('row-31'), at(0));
    cache.put('new', 'v', raw('new'), at(0));
    // One over capacity: it and two more (32 / 16) go, the three least recently used.
    expect(cache.size).toBe(30);
    const { missing } = cache.take(new Map([...ids, 'new'].map((id) => [id, id === 'row-31' ? 'v2' : 'v'])), at(0));
    expect(missing).toEqual(['row-10', 'row-11', 'row-12']);
    // Taking is no put: nothing more goes.
    expect(cache.size).toBe(30);
  });

  it('keeps a warm-up\'s row only where it has room and holds none of that id, never replacing or evicting one', () => {
    const { cache, derived } = cacheOf(3);
    cache.put('searched', 'v2', raw('searched, newer'), at(0));
    // A warm-up's older read of a row a search kept since: the search's stays.
    expect(cache.keepIfRoom('searched', 'v1', raw('warmed, older'), at(0))).toBe('held already');
    expect(cache.take(new Map([['searched', 'v2']]), at(0)).rows.get('searched')).toMatchObject({ label: 'searched, newer' });
    expect(cache.keepIfRoom('a', 'v', raw('a'), at(0))).toBe('kept');
    expect(cache.keepIfRoom('b', 'v', raw('b'), at(0))).toBe('kept');
    // Full: refused, and nothing evicted for it.
    expect(cache.keepIfRoom('c', 'v', raw('c'), at(0))).toBe('full');
    // Held already is said before full.
    expect(cache.keepIfRoom('a', 'v', raw('a'), at(0))).toBe('held already');
    expect(cache.size).toBe(3);
    expect(cache.take(new Map([['searched', 'v2'], ['a', 'v'], ['b', 'v'], ['c', 'v']]), at(0)).missing).toEqual(['c']);
    expect(derived).toEqual(['searched, newer', 'a', 'b']);
  });

  it('lets warmed rows go before rows searched since, once searches fill it past capacity', () => {
    const { cache } = cacheOf(2);
    cache.keepIfRoom('warmed', 'v', raw('warmed'), at(0));
    cache.put('searched', 'v', raw('searched'), at(0));
    cache.put('new', 'v', raw('new'), at(0));
    expect(cache.take(new Map([['warmed', 'v'], ['searched', 'v'], ['new', 'v']]), at(0)).missing).toEqual(['warmed']);
  });

  describe('takeAt, by the ids\' keys', () => {
    it('gives each row at its position, at exactly the version asked, and the positions not held', () => {
      const keyOf = keysInOrderSeen();
      const { cache } = cacheOf(10, keyOf);
      cache.put('a', 'v1', raw('a'), at(0));
      cache.put('b', 'v1', raw('b'), at(0));
      const ids = ['b', 'c', 'a', 'a'];
      const { rows, missing } = cache.takeAt(ids, ['v1', 'v1', 'v2', 'v1'], ids.map(keyOf), at(0));
      expect(rows.map((row) => row?.label)).toEqual(['b', undefined, undefined, 'a']);
      expect(missing).toEqual([1, 2]);
      // By key and by id, the same row object.
      expect(rows[3]).toBe(cache.take(new Map([['a', 'v1']]), at(0)).rows.get('a'));
    });

    it('reads by id where a key is -1, and never gives a row under another id\'s key', () => {
      const keyOf = keysInOrderSeen();
      const { cache } = cacheOf(10, keyOf);
      cache.put('a', 'v', raw('a'), at(0));
      cache.put('b', 'v', raw('b'), at(0));
      expect(cache.takeAt(['a', 'b'], ['v', 'v'], [-1, -1], at(0)).rows.map((row) => row?.label)).toEqual(['a', 'b']);
      // b's key given with a's id: b's entry holds another id, so a is not held under it.
      expect(cache.takeAt(['a'], ['v'], [keyOf('b')], at(0)).missing).toEqual([0]);
    });

    it('derives a row again once it no longer reads the same, as take does', () => {
      const keyOf = keysInOrderSeen();
      const { cache, derived } = cacheOf(10, keyOf);
      const first = cache.put('a', 'v', raw('a'), at(0));
      expect(cache.takeAt(['a'], ['v'], [keyOf('a')], at(999)).rows[0]).toBe(first);
      expect(cache.takeAt(['a'], ['v'], [keyOf('a')], at(1_000)).rows[0]).toMatchObject({ derivedAtMs: 1_000 });
      expect(derived).toEqual(['a', 'a']);
    });

    it('holds nothing by key once a row has left past capacity, or was replaced by a newer version', () => {
      const keyOf = keysInOrderSeen();
      const { cache } = cacheOf(2, keyOf);
      cache.put('a', 'v1', raw('a'), at(0));
      cache.put('a', 'v2', raw('a, newer'), at(0));
      cache.put('b', 'v', raw('b'), at(0));
      const take = () => cache.takeAt(['a', 'a', 'b'], ['v1', 'v2', 'v'], [keyOf('a'), keyOf('a'), keyOf('b')], at(0));
      expect(take().rows.map((row) => row?.label)).toEqual([undefined, 'a, newer', 'b']);
      // b was used after a: a leaves first.
      cache.takeAt(['b'], ['v'], [keyOf('b')], at(0));
      cache.put('c', 'v', raw('c'), at(0));
      expect(take().missing).toEqual([0, 1]);
      expect(cache.takeAt(['c'], ['v'], [keyOf('c')], at(0)).rows[0]).toMatchObject({ label: 'c' });
    });
  });

  it('refuses a capacity that is not a positive whole number', () => {
    expect(() => cacheOf(0)).toThrow(RangeError);
    expect(() => cacheOf(1.5)).toThrow(RangeError);
  });
});
