/**
 * One string per therapist id for the search's in-process indexes (StateRowIndex's rows and the
 * read-model row cache's keys): a search looks up its 400 candidates' ids, read from the one, in
 * the other, and two strings of the same id compare character by character, where one string
 * compares by reference. Up to SHARED_IDS_LIMIT ids (a few MB); past that, ids stay as read.
 */
const SHARED_IDS_LIMIT = 1_000_000;
const shared = new Map<string, string>();

export function sharedId(id: string): string {
  const kept = shared.get(id);
  if (kept !== undefined) return kept;
  if (shared.size < SHARED_IDS_LIMIT) shared.set(id, id);
  return id;
}
