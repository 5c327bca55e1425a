import { matchConcernsInText, matchModalitiesInText } from '@rapport/taxonomy';

/**
 * Relevance of a therapist found through the taxonomy rather than their own words: a listed
 * specialty reads as a strong match, a treated concern or an offered approach as a good one.
 */
export const TAXONOMY_RELEVANCE = { SPECIALTY: 0.9, TREATS_OR_OFFERS: 0.7 } as const;

/** Free text with the concerns and approaches its words name ("can't sleep" → INSOMNIA, "gottman" → GOTTMAN). */
export interface ExpandedText {
  text: string;
  concerns: string[];
  modalities: string[];
}

/**
 * The taxonomy's reading of a search box: a therapist who lists a concern or
 * approach the words name is found as surely as one whose bio uses the words,
 * so typing "ocd" finds what ticking the OCD filter finds.
 */
export function expandText(text: string | null | undefined): ExpandedText | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  return { text: trimmed, concerns: matchConcernsInText(trimmed), modalities: matchModalitiesInText(trimmed) };
}
