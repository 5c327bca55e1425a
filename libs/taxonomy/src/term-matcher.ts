// Whole-word, longest-first matching of taxonomy terms (names and synonyms) in free text.

/**
 * Lowercase, strip accents, drop apostrophes ("can't" → "cant", so "cant sleep"
 * typed without one still matches) and turn every other run of non-letters into
 * a single space. Text and terms go through the same function.
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’ʼ`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Term<Code extends string> {
  readonly code: Code;
  readonly words: readonly string[];
}

const longestFirst = <Code extends string>(a: Term<Code>, b: Term<Code>): number => b.words.length - a.words.length;

/** A term's last word also matches its plural ("panic attack" finds "panic attacks", "phobia" finds "phobias"). */
function wordMatches(textWord: string | undefined, termWord: string, isLastWord: boolean): boolean {
  return textWord === termWord || (isLastWord && textWord === `${termWord}s`);
}

/**
 * A matcher for one vocabulary: codes whose terms appear in a text, whole words
 * only ("panic" is not found in "Hispanic"), in order of first mention. Scans
 * left to right taking the longest term at each word, so "social anxiety"
 * yields SOCIAL_ANXIETY and not also ANXIETY.
 */
export function buildTermMatcher<Code extends string>(entries: readonly { code: Code; terms: readonly string[] }[]): (text: string) => Code[] {
  // Terms indexed by their first word, longest first, so the first hit at a position is the longest.
  const byFirstWord = new Map<string, Term<Code>[]>();
  for (const { code, terms } of entries) {
    for (const term of terms) {
      const words = normalizeForMatching(term).split(' ').filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const bucket = byFirstWord.get(first) ?? [];
      bucket.push({ code, words });
      byFirstWord.set(first, bucket);
    }
  }
  for (const bucket of byFirstWord.values()) bucket.sort(longestFirst);

  const termsStartingWith = (word: string): readonly Term<Code>[] => {
    const exact = byFirstWord.get(word) ?? [];
    const singular = word.endsWith('s') ? (byFirstWord.get(word.slice(0, -1)) ?? []) : [];
    return singular.length === 0 ? exact : [...exact, ...singular].sort(longestFirst);
  };
  const longestTermAt = (words: readonly string[], start: number): Term<Code> | undefined =>
    termsStartingWith(words[start] ?? '').find((term) =>
      term.words.every((termWord, offset) => wordMatches(words[start + offset], termWord, offset === term.words.length - 1)),
    );

  return (text) => {
    const words = normalizeForMatching(text).split(' ').filter(Boolean);
    const found: Code[] = [];
    let position = 0;
    while (position < words.length) {
      const term = longestTermAt(words, position);
      if (term === undefined) {
        position += 1;
        continue;
      }
      if (!found.includes(term.code)) found.push(term.code);
      position += term.words.length;
    }
    return found;
  };
}
