import { sharedStrings } from '@rapport/domain';

/**
 * Therapist ids, shared by StateRowIndex's rows and the read-model row cache's keys: a search looks
 * up its 400 candidates' ids, read from the one, in the other. Up to a million ids (a few MB).
 */
export const sharedId = sharedStrings(1_000_000);

/** How many therapist ids get a key (therapistKey) in a process's life: about 60 bytes each past the id itself. */
export const KEYED_THERAPISTS = 1_000_000;

const keys = new Map<string, number>();

/**
 * This process's key for a therapist id: 0, 1, 2, … in the order ids are first seen, the same for
 * as long as the process runs and never given to another id; -1 once KEYED_THERAPISTS ids have
 * one. StateRowIndex gives each candidate its key, and the read-model row cache reaches a row by it
 * as an array index: the 400 lookups by id in a Map of every row held (87,000 at 100k), each
 * missing the CPU's caches, were the largest single part of a computed search's API CPU.
 */
export function therapistKey(id: string): number {
  let key = keys.get(id);
  if (key === undefined) {
    if (keys.size >= KEYED_THERAPISTS) return -1;
    key = keys.size;
    keys.set(id, key);
  }
  return key;
}
