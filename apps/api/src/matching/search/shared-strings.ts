/**
 * One string per value for the search's in-process indexes. Two strings of the same text compare
 * character by character; one string compares by reference, and is kept once in memory.
 */
export function sharedStrings(limit: number): (value: string) => string {
  const shared = new Map<string, string>();
  return (value) => {
    const kept = shared.get(value);
    if (kept !== undefined) return kept;
    if (shared.size < limit) shared.set(value, value);
    return value;
  };
}

/**
 * Therapist ids, shared by StateRowIndex's rows and the read-model row cache's keys: a search looks
 * up its 400 candidates' ids, read from the one, in the other. Up to a million ids (a few MB);
 * past that, ids stay as read.
 */
export const sharedId = sharedStrings(1_000_000);
