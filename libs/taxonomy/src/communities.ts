// Communities a therapist affirms or specializes in, offered to clients as a
// stated preference in matching (DESIGN.md section 5).

export interface CommunityDefinition {
  readonly code: string;
  readonly label: string;
}

const COMMUNITY_LIST = [
  { code: 'LGBTQ_AFFIRMING', label: 'LGBTQ+ affirming' },
  { code: 'TRANS_AND_NONBINARY_AFFIRMING', label: 'Trans and nonbinary affirming' },
  { code: 'BIPOC', label: 'Black, Indigenous and people of color' },
  { code: 'FAITH_BASED', label: 'Faith-based' },
  { code: 'VETERANS', label: 'Veterans and military families' },
  { code: 'FIRST_RESPONDERS', label: 'First responders' },
  { code: 'HEALTHCARE_WORKERS', label: 'Healthcare workers' },
  { code: 'NEURODIVERGENT_AFFIRMING', label: 'Neurodivergent affirming' },
  { code: 'DISABILITY', label: 'Disability affirming' },
  { code: 'DEAF_AND_HARD_OF_HEARING', label: 'Deaf and hard of hearing' },
  { code: 'IMMIGRANTS', label: 'Immigrants and refugees' },
  { code: 'FIRST_GENERATION', label: 'First-generation students and professionals' },
  { code: 'CNM_AND_KINK_AWARE', label: 'Consensual non-monogamy and kink aware' },
  { code: 'ATHLETES', label: 'Athletes' },
  { code: 'STUDENTS', label: 'College and graduate students' },
  { code: 'SEX_WORKER_AFFIRMING', label: 'Sex worker affirming' },
] as const satisfies readonly CommunityDefinition[];

export type CommunityCode = (typeof COMMUNITY_LIST)[number]['code'];

export interface Community extends CommunityDefinition {
  readonly code: CommunityCode;
}

export const COMMUNITIES: readonly Community[] = COMMUNITY_LIST;

const COMMUNITY_CODES: ReadonlySet<string> = new Set(COMMUNITIES.map((community) => community.code));

export function isCommunityCode(value: unknown): value is CommunityCode {
  return typeof value === 'string' && COMMUNITY_CODES.has(value);
}

export function findCommunity(code: string): Community | undefined {
  return COMMUNITIES.find((community) => community.code === code);
}
