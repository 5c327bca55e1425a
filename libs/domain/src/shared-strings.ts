/**
 * One string per value, for values a process compares or keys by often (ids, codes, seeds): two
 * strings of the same text compare character by character, one string by reference, and it is
 * kept once in memory. Holds up to `limit` values, emptied once full (values seen after that are
 * shared again from then on): a value as read is always as good, only slower to compare.
 */
export function sharedStrings(limit: number): (value: string) => string {
  const shared = new Map<string, string>();
  return (value) => {
    const kept = shared.get(value);
    if (kept !== undefined) return kept;
    if (shared.size >= limit) shared.clear();
    shared.set(value, value);
    return value;
  };
}
