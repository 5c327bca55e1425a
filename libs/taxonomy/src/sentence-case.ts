/**
 * A label as it reads mid-sentence: "Chronic pain" → "chronic pain", while
 * "ADHD", "CBT-I" and "LGBTQ+ identity" keep their capitals. Proper nouns need
 * an explicit `nameInSentence` in the data instead.
 */
export function lowercaseFirstUnlessAcronym(label: string): string {
  const firstWord = label.split(' ')[0] ?? '';
  const isAcronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  return isAcronym ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * `make` kept per taxonomy entry: each entry's sentence form is made the first time it is asked
 * for. Ranking names concerns and therapies in every candidate's reasons, hundreds of times a
 * search, from a few dozen entries. Entries are the taxonomy's own objects, so nothing grows.
 */
export function madeOncePerEntry<Entry extends object>(make: (entry: Entry) => string): (entry: Entry) => string {
  const made = new WeakMap<Entry, string>();
  return (entry) => {
    const kept = made.get(entry);
    if (kept !== undefined) return kept;
    const form = make(entry);
    made.set(entry, form);
    return form;
  };
}
