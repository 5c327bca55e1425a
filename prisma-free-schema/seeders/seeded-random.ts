// A small seeded PRNG and the sampling helpers demo data needs. Deterministic:
// no Math.random, no clock, so the same seed always gives the same demo data.

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: 32 bits of state, fast, good enough for demo data (not for secrets). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Mixes integers into one well-spread 32-bit seed (murmur3's finaliser per part). */
export function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x9e3779b1);
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  return hash >>> 0;
}

/** An integer in [min, max], both inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** One item, each as likely as its weight. */
export function pickWeighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let threshold = random() * total;
  for (const [item, weight] of entries) {
    threshold -= weight;
    if (threshold < 0) return item;
  }
  return entries[entries.length - 1][0];
}

/** Up to `count` distinct items, drawn in proportion to their weights. */
export function sampleWeighted<T>(random: Random, entries: readonly (readonly [T, number])[], count: number): T[] {
  const remaining = entries.filter(([, weight]) => weight > 0).map(([item, weight]) => [item, weight] as const);
  const chosen: T[] = [];
  while (chosen.length < count && remaining.length > 0) {
    const item = pickWeighted(random, remaining);
    chosen.push(item);
    remaining.splice(
      remaining.findIndex(([candidate]) => candidate === item),
      1,
    );
  }
  return chosen;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
