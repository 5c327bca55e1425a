import { CONCERNS, type Concern, type ConcernCode } from './concerns';

// Free text → concern codes, and the same vocabulary as search-engine synonyms.

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

interface Term {
  readonly code: ConcernCode;
  readonly words: readonly string[];
}

function termsOf(concern: Concern): string[] {
  return [concern.name, ...concern.synonyms];
}

const longestFirst = (a: Term, b: Term): number => b.words.length - a.words.length;

/** Terms indexed by their first word, longest first, so the first hit at a position is the longest. */
const TERMS_BY_FIRST_WORD: ReadonlyMap<string, readonly Term[]> = (() => {
  const index = new Map<string, Term[]>();
  for (const concern of CONCERNS) {
    for (const term of termsOf(concern)) {
      const words = normalizeForMatching(term).split(' ').filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const bucket = index.get(first) ?? [];
      bucket.push({ code: concern.code, words });
      index.set(first, bucket);
    }
  }
  for (const bucket of index.values()) bucket.sort(longestFirst);
  return index;
})();

/** A term's last word also matches its plural ("panic attack" finds "panic attacks", "phobia" finds "phobias"). */
function wordMatches(textWord: string | undefined, termWord: string, isLastWord: boolean): boolean {
  return textWord === termWord || (isLastWord && textWord === `${termWord}s`);
}

function termsStartingWith(word: string): readonly Term[] {
  const exact = TERMS_BY_FIRST_WORD.get(word) ?? [];
  const singular = word.endsWith('s') ? (TERMS_BY_FIRST_WORD.get(word.slice(0, -1)) ?? []) : [];
  return singular.length === 0 ? exact : [...exact, ...singular].sort(longestFirst);
}

function longestTermAt(words: readonly string[], start: number): Term | undefined {
  return termsStartingWith(words[start] ?? '').find((term) =>
    term.words.every((termWord, offset) =>
      wordMatches(words[start + offset], termWord, offset === term.words.length - 1),
    ),
  );
}

/**
 * Concern codes whose name or synonym appears in `text`, whole words only
 * ("panic" is not found in "Hispanic"), in order of first mention. Scans left
 * to right taking the longest term at each word, so "social anxiety" yields
 * SOCIAL_ANXIETY and not also ANXIETY. Negation ("not depressed") is not
 * understood: the result is a suggestion for the client to confirm.
 */
export function matchConcernsInText(text: string): ConcernCode[] {
  const words = normalizeForMatching(text).split(' ').filter(Boolean);
  const found: ConcernCode[] = [];
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
}

function searchForm(term: string): string {
  return term.toLowerCase().replace(/[‘’ʼ]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Synonyms for a Meilisearch index's `synonyms` setting: each synonym maps to
 * the concern's name, and the name to all its synonyms, so a search for
 * "heartbreak" finds therapists listing "Breakups" and a search for "insomnia"
 * finds bios that say "can't sleep". Keys and values are lowercase; Meilisearch
 * normalizes accents itself.
 */
export function concernSynonymsForSearch(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (from: string, to: string): void => {
    if (from === to) return;
    const list = (synonyms[from] ??= []);
    if (!list.includes(to)) list.push(to);
  };
  for (const concern of CONCERNS) {
    const name = searchForm(concern.name);
    for (const synonym of concern.synonyms.map(searchForm)) {
      add(synonym, name);
      add(name, synonym);
    }
  }
  return synonyms;
}
