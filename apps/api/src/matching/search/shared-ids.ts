import { sharedStrings } from '@rapport/domain';

/**
 * Therapist ids, shared by StateRowIndex's rows and the read-model row cache's keys: a search looks
 * up its 400 candidates' ids, read from the one, in the other. Up to a million ids (a few MB).
 */
export const sharedId = sharedStrings(1_000_000);
