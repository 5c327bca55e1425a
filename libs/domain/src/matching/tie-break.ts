/**
 * A stable 32-bit hash of seed and id: FNV-1a over the UTF-16 code units, then
 * murmur3's finalizer, because FNV-1a alone barely mixes ids that differ only in
 * their last characters. Sorting ties by it rotates who comes first as the seed
 * changes, while one seed always gives one order.
 */
export function tieBreakHash(seed: string, id: string): number {
  const text = `${seed}\u0000${id}`;
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * tieBreakHash for one seed, its part of the hash taken once: a ranking hashes 400 ids with one
 * seed, and the seed (a date and a client id) is most of each text. The same numbers.
 */
export function tieBreakHasher(seed: string): (id: string) => number {
  let seeded = 0x811c9dc5;
  const prefix = `${seed}\u0000`;
  for (let index = 0; index < prefix.length; index++) {
    seeded ^= prefix.charCodeAt(index);
    seeded = Math.imul(seeded, 0x01000193);
  }
  return (id) => {
    let hash = seeded;
    for (let index = 0; index < id.length; index++) {
      hash ^= id.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
    return hash >>> 0;
  };
}
