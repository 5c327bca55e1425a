import { CONCERNS, type ConcernCode } from './concerns';
import { MODALITIES } from './modalities';
import { AMBIGUOUS_MODALITY_SHORT_NAMES, MODALITY_SYNONYMS } from './modality-synonyms';
import { buildTermMatcher } from './term-matcher';

// Free text → concern codes, and the same vocabulary as search-engine synonyms.

export { normalizeForMatching } from './term-matcher';

const matchConcernTerms = buildTermMatcher(CONCERNS.map((concern) => ({ code: concern.code, terms: [concern.name, ...concern.synonyms] })));

/**
 * Concern codes whose name or synonym appears in `text`, whole words only
 * ("panic" is not found in "Hispanic"), in order of first mention. Scans left
 * to right taking the longest term at each word, so "social anxiety" yields
 * SOCIAL_ANXIETY and not also ANXIETY. Negation ("not depressed") is not
 * understood: the result is a suggestion for the client to confirm.
 */
export function matchConcernsInText(text: string): ConcernCode[] {
  return matchConcernTerms(text);
}

export function searchForm(term: string): string {
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

/**
 * Everything the Meilisearch index should treat as the same word: the concern
 * synonyms above, and each approach's synonyms and short name mapped to its name
 * (and back), so "gottman" finds "Gottman Method couples therapy" and "CBT"
 * finds "Cognitive behavioral therapy".
 */
export function taxonomySynonymsForSearch(): Record<string, string[]> {
  const synonyms = concernSynonymsForSearch();
  const add = (from: string, to: string): void => {
    if (from === to || from === '') return;
    const list = (synonyms[from] ??= []);
    if (!list.includes(to)) list.push(to);
  };
  for (const modality of MODALITIES) {
    const name = searchForm(modality.name);
    const others = [...(AMBIGUOUS_MODALITY_SHORT_NAMES.has(modality.code) ? [] : [modality.shortName]), ...MODALITY_SYNONYMS[modality.code]].map(searchForm);
    for (const other of others) {
      add(other, name);
      add(name, other);
    }
  }
  return synonyms;
}
