import { normalizeForMatching } from './term-matcher';
import { AMBIGUOUS_MODALITY_SHORT_NAMES, MODALITY_SYNONYMS } from './modality-synonyms';
import { MODALITIES, type Modality, type ModalityCode } from './modalities';
import { buildTermMatcher } from './term-matcher';

// Free text → therapy approaches ("cbt", "gottman", "family therapy").

function modalityTerms(modality: Modality): string[] {
  const shortName = AMBIGUOUS_MODALITY_SHORT_NAMES.has(modality.code) ? [] : [modality.shortName];
  return [modality.name, ...shortName, ...MODALITY_SYNONYMS[modality.code]];
}

const matchModalityTerms = buildTermMatcher(MODALITIES.map((modality) => ({ code: modality.code, terms: modalityTerms(modality) })));

/** Approach codes whose name, short name or synonym appears in `text`, whole words, longest first, in order of mention. */
export function matchModalitiesInText(text: string): ModalityCode[] {
  return matchModalityTerms(text);
}

/** Every term that names an approach, normalized: for checks that one term names one approach. */
export function modalityTermsNormalized(): { code: ModalityCode; term: string }[] {
  return MODALITIES.flatMap((modality) => modalityTerms(modality).map((term) => ({ code: modality.code, term: normalizeForMatching(term) })));
}
