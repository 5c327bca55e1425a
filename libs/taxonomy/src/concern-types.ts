// Shared shape of concern data, kept apart from the data files so they can
// import it without importing each other.

export const CONCERN_CATEGORIES = [
  'MOOD',
  'ANXIETY',
  'TRAUMA',
  'RELATIONSHIPS',
  'LIFE_EVENTS',
  'IDENTITY',
  'BEHAVIOUR_AND_HABITS',
  'HEALTH',
  'FAMILY',
  'NEURODEVELOPMENTAL',
] as const;

export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

export interface ConcernDefinition {
  /** SCREAMING_SNAKE, stored in the database: never rename, only add. */
  readonly code: string;
  /** Plain-language label shown to clients, sentence case. */
  readonly name: string;
  /**
   * How the concern reads mid-sentence ("the first-line therapy for OCD"), when
   * that is not simply `name` with a lowercase first letter.
   */
  readonly nameInSentence?: string;
  readonly category: ConcernCategory;
  /** What people actually type. Matched whole-word and case-insensitively. */
  readonly synonyms: readonly string[];
}
