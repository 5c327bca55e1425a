import { HEALTH_CONCERNS } from './concern-data-health';
import { LIFE_CONCERNS } from './concern-data-life';
import { EMOTIONAL_CONCERNS } from './concern-data-emotional';
import type { ConcernDefinition } from './concern-types';
import { lowercaseFirstUnlessAcronym, madeOncePerEntry } from './sentence-case';

export { CONCERN_CATEGORIES } from './concern-types';
export type { ConcernCategory } from './concern-types';

const CONCERN_LIST = [...EMOTIONAL_CONCERNS, ...LIFE_CONCERNS, ...HEALTH_CONCERNS] as const;

export type ConcernCode = (typeof CONCERN_LIST)[number]['code'];

export interface Concern extends ConcernDefinition {
  readonly code: ConcernCode;
}

/** Every concern a client can name and a therapist can treat, in display order. */
export const CONCERNS: readonly Concern[] = CONCERN_LIST;

const CONCERNS_BY_CODE: ReadonlyMap<string, Concern> = new Map(CONCERNS.map((concern) => [concern.code, concern]));

export function isConcernCode(value: unknown): value is ConcernCode {
  return typeof value === 'string' && CONCERNS_BY_CODE.has(value);
}

export function findConcern(code: string): Concern | undefined {
  return CONCERNS_BY_CODE.get(code);
}

const nameInSentence = madeOncePerEntry((concern: Concern) => concern.nameInSentence ?? lowercaseFirstUnlessAcronym(concern.name));

/** The concern as it reads mid-sentence: "anxiety", "OCD", "chronic pain". */
export function concernNameInSentence(concern: Concern): string {
  return nameInSentence(concern);
}
