// Age groups a therapist serves, a hard filter in matching (DESIGN.md section 5).
// Ranges are whole years, inclusive, and do not overlap.

export interface AgeGroupDefinition {
  readonly code: string;
  readonly label: string;
  readonly minAge: number;
  /** Inclusive; null for no upper bound. */
  readonly maxAge: number | null;
}

const AGE_GROUP_LIST = [
  { code: 'CHILDREN', label: 'Children (6–12)', minAge: 6, maxAge: 12 },
  { code: 'TEENS', label: 'Teens (13–17)', minAge: 13, maxAge: 17 },
  { code: 'YOUNG_ADULTS', label: 'Young adults (18–25)', minAge: 18, maxAge: 25 },
  { code: 'ADULTS', label: 'Adults (26–64)', minAge: 26, maxAge: 64 },
  { code: 'OLDER_ADULTS', label: 'Older adults (65+)', minAge: 65, maxAge: null },
] as const satisfies readonly AgeGroupDefinition[];

export type AgeGroupCode = (typeof AGE_GROUP_LIST)[number]['code'];

export interface AgeGroup extends AgeGroupDefinition {
  readonly code: AgeGroupCode;
}

export const AGE_GROUPS: readonly AgeGroup[] = AGE_GROUP_LIST;

const AGE_GROUP_CODES: ReadonlySet<string> = new Set(AGE_GROUPS.map((group) => group.code));

export function isAgeGroupCode(value: unknown): value is AgeGroupCode {
  return typeof value === 'string' && AGE_GROUP_CODES.has(value);
}

export function findAgeGroup(code: string): AgeGroup | undefined {
  return AGE_GROUPS.find((group) => group.code === code);
}

/** The group for an age in whole years; undefined under 6 or for a non-integer or negative age. */
export function ageGroupForAge(age: number): AgeGroup | undefined {
  if (!Number.isInteger(age) || age < 0) return undefined;
  return AGE_GROUPS.find((group) => age >= group.minAge && (group.maxAge === null || age <= group.maxAge));
}
