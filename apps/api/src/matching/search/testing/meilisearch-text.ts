// Query-text matching as Meilisearch v1 does it, for the fake server. Subset
// implemented:
// - tokens: accents stripped, lower-cased, split on anything that is not a
//   letter or digit; query words in `stopWords` are ignored;
// - a query word matches a document word exactly, or (last query word only) as
//   a prefix, or within the typo budget: words shorter than
//   typoTolerance.minWordSizeForTypos.oneTypo (5) none, shorter than twoTypos
//   (9) one, else two (Damerau-Levenshtein: a swap is one typo; a typo on the
//   first letter costs two); typo tolerance can be disabled; synonym words
//   never take typos;
// - synonyms: a run of query words equal to a key may match as any of its
//   synonyms instead (every word of that synonym in one attribute);
// - matchingStrategy `all`: every query term must match, in any searchable
//   attribute; `last` (the server's default): documents matching all terms
//   first, then terms are dropped from the end while fewer than
//   offset + limit documents match;
// - searchableAttributes order (and attributesToSearchOn) decide where words
//   are looked for; _rankingScore is modelled coarsely (share of terms
//   matched, less for typos and later attributes), ordering only.
// Not modelled: proximity and exactness rules,
// phrase search ("quoted"), negative search (-word), disableOnWords/Attributes,
// prefix search settings, separators settings.
import { normalizeText } from './meilisearch-filter';

export interface TextSettings {
  searchableAttributes: string[];
  stopWords: string[];
  synonyms: Record<string, string[]>;
  typoTolerance: { enabled: boolean; minWordSizeForTypos: { oneTypo: number; twoTypos: number } };
}

export function words(text: string): string[] {
  return normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

interface Term {
  /** Each alternative: words that must all occur (in one attribute). */
  alternatives: { words: string[]; typos: boolean; prefix: boolean }[];
}

export function queryTerms(q: string, settings: TextSettings): Term[] {
  const stop = new Set(settings.stopWords.map(normalizeText));
  const all = words(q).filter((word) => !stop.has(word));
  const synonyms = new Map(Object.entries(settings.synonyms).map(([key, values]) => [words(key).join(' '), values.map(words)]));
  const terms: Term[] = [];
  for (let i = 0; i < all.length; ) {
    let matched = 0;
    let alternatives: string[][] = [];
    for (let j = all.length; j > i; j--) {
      const found = synonyms.get(all.slice(i, j).join(' '));
      if (found) {
        matched = j - i;
        alternatives = found;
        break;
      }
    }
    if (matched > 1) {
      // A multi-word key: the words as typed (all of them) or any synonym.
      terms.push({ alternatives: [{ words: all.slice(i, i + matched), typos: true, prefix: i + matched === all.length }, ...alternatives.map((w) => ({ words: w, typos: false, prefix: false }))] });
      i += matched;
    } else {
      const isLast = i === all.length - 1;
      terms.push({ alternatives: [{ words: [all[i]], typos: true, prefix: isLast }, ...alternatives.map((w) => ({ words: w, typos: false, prefix: false }))] });
      i++;
    }
  }
  return terms;
}

function typoBudget(word: string, settings: TextSettings): number {
  if (!settings.typoTolerance.enabled) return 0;
  const { oneTypo, twoTypos } = settings.typoTolerance.minWordSizeForTypos;
  return word.length >= twoTypos ? 2 : word.length >= oneTypo ? 1 : 0;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). */
export function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Typos needed for query word `q` to match document word `w`; null when it cannot. */
function wordMatch(q: string, w: string, typos: boolean, prefix: boolean, settings: TextSettings): number | null {
  if (q === w || (prefix && w.startsWith(q))) return 0;
  const budget = typos ? typoBudget(q, settings) : 0;
  if (budget === 0) return null;
  const cost = (target: string) => typoDistance(q, target) + (q[0] !== target[0] ? 1 : 0);
  const distance = Math.min(cost(w), prefix && w.length > q.length ? cost(w.slice(0, q.length)) : Infinity);
  return distance <= budget ? distance : null;
}

interface AttributeWords {
  rank: number;
  words: string[];
}

export function documentWords(document: Record<string, unknown>, attributes: string[]): AttributeWords[] {
  const names = attributes.includes('*') ? Object.keys(document).filter((key) => key !== 'id') : attributes;
  return names.map((name, rank) => {
    const value = document[name];
    const texts = (Array.isArray(value) ? value : [value]).filter((item): item is string | number => typeof item === 'string' || typeof item === 'number');
    return { rank, words: texts.flatMap((text) => words(String(text))) };
  });
}

/** How well one term matches: the fewest typos and earliest attribute, or null. */
function termMatch(term: Term, fields: AttributeWords[], settings: TextSettings): { typos: number; rank: number } | null {
  let best: { typos: number; rank: number } | null = null;
  for (const alternative of term.alternatives) {
    for (const field of fields) {
      let typos = 0;
      for (const q of alternative.words) {
        const found = field.words.map((w) => wordMatch(q, w, alternative.typos, alternative.prefix, settings)).filter((t): t is number => t !== null);
        if (found.length === 0) {
          typos = -1;
          break;
        }
        typos += Math.min(...found);
      }
      if (typos < 0) continue;
      if (!best || typos < best.typos || (typos === best.typos && field.rank < best.rank)) best = { typos, rank: field.rank };
    }
  }
  return best;
}

export interface TextMatch {
  /** Leading terms matched (all of them under `all`). */
  matchedTerms: number;
  score: number;
}

/** How a document matches the query's terms: the longest run of leading terms that all match, with a coarse score. */
export function matchText(terms: Term[], fields: AttributeWords[], settings: TextSettings): TextMatch | null {
  if (terms.length === 0) return { matchedTerms: 0, score: 1 };
  let typos = 0;
  let rankSum = 0;
  let matched = 0;
  for (const term of terms) {
    const found = termMatch(term, fields, settings);
    if (!found) break;
    matched++;
    typos += found.typos;
    rankSum += found.rank;
  }
  if (matched === 0) return null;
  const score = (matched / terms.length) * (1 - Math.min(0.5, 0.1 * typos)) * (1 - Math.min(0.3, (0.02 * rankSum) / matched));
  return { matchedTerms: matched, score: Math.round(score * 1e4) / 1e4 };
}
