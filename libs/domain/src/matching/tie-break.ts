const FNV_OFFSET_BASIS = 0x811c9dc5;

/** FNV-1a over the UTF-16 code units of `text`, from `hash`. */
function fnv1a(hash: number, text: string): number {
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/** murmur3's finalizer, as an unsigned 32-bit number. */
function finalized(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * A stable 32-bit hash of seed and id: FNV-1a over the UTF-16 code units, then
 * murmur3's finalizer, because FNV-1a alone barely mixes ids that differ only in
 * their last characters. Sorting ties by it rotates who comes first as the seed
 * changes, while one seed always gives one order.
 */
export function tieBreakHash(seed: string, id: string): number {
  return finalized(fnv1a(FNV_OFFSET_BASIS, `${seed}\u0000${id}`));
}

/**
 * tieBreakHash for one seed, its part of the hash taken once: a ranking hashes 400 ids with one
 * seed, and the seed (a date and a client id) is most of each text. The same numbers.
 */
export function tieBreakHasher(seed: string): (id: string) => number {
  const seeded = fnv1a(FNV_OFFSET_BASIS, `${seed}\u0000`);
  return (id) => finalized(fnv1a(seeded, id));
}
