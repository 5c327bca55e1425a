// Deterministic demo therapists: therapist N depends only on the seed, N and
// "today", so 200 for the demo are exactly the first 200 of 100,000 for a
// benchmark. Pure: no clock, no Math.random, no I/O.
import { deriveProfileStatus, type ProfileStatus } from '@rapport/domain';
import { AGE_GROUPS, COMMUNITIES, CONCERNS, evidenceFor, findJurisdiction } from '@rapport/taxonomy';
import { buildDemoCalendar, type DemoCalendar } from './demo-therapist-calendar';
import { buildLicenseTimeline, plannedStatusOf, type DemoLicenseRecord } from './demo-therapist-licenses';
import { FAMILY_NAMES, GIVEN_NAMES, GIVEN_NAMES_BY_LANGUAGE, PRONOUNS } from './demo-therapist-names';
import { DEMO_STATES, DEMO_STATES_BY_CODE, STREET_NAMES } from './demo-therapist-places';
import {
  CHILD_ONLY_CONCERNS,
  CHILD_ONLY_MODALITIES,
  COMMON_CONCERNS,
  EXTRA_LANGUAGES,
  feeRangeFor,
  GENERAL_MODALITIES,
  INSURANCE_PLANS,
  licenseTypeFor,
  NEW_YORK_ONLY_PROFESSIONS,
  PRACTICE_FOCUSES,
  PROFESSION_WEIGHTS,
  type PracticeFocus,
  type Profession,
} from './demo-therapist-practice';
import { composeBio, composeHeadline } from './demo-therapist-text';
import { chance, mixSeed, mulberry32, pick, pickWeighted, randomInt, sampleWeighted, type Random } from './seeded-random';

export type { DemoLicenseRecord } from './demo-therapist-licenses';
export type {
  DemoBookingSettingsRecord,
  DemoCalendar,
  DemoSessionKind,
  DemoSessionTypeRecord,
  DemoWeeklyRuleRecord,
} from './demo-therapist-calendar';

export const DEMO_THERAPIST_SEED = 20_261_125;
/** License numbers and NPIs stay unique up to this therapist number. */
export const MAX_DEMO_THERAPIST_NUMBER = 4_999_999;

export type DemoGender = 'WOMAN' | 'MAN' | 'NON_BINARY';
export type DemoFormat = 'VIDEO' | 'IN_PERSON' | 'PHONE';

/**
 * One therapist: the user, the profile (fields named as on TherapistProfile),
 * licenses and calendar (booking settings, weekly hours, session types).
 */
export interface DemoTherapistRecord extends DemoCalendar {
  number: number;
  email: string;
  timeZone: string;
  status: ProfileStatus;
  displayName: string;
  pronouns: string | null;
  headline: string;
  bio: string;
  photoUrl: null;
  yearsInPractice: number;
  gender: DemoGender;
  languages: string[];
  formats: DemoFormat[];
  officeAddress: string | null;
  officeLatitude: number | null;
  officeLongitude: number | null;
  ageGroups: string[];
  communities: string[];
  specialtyConcerns: string[];
  treatedConcerns: string[];
  modalities: string[];
  feeMinor: number;
  slidingScaleMinMinor: number | null;
  slidingScaleMaxMinor: number | null;
  insuranceAccepted: string[];
  acceptsNewClients: boolean;
  suspendedAt: string | null;
  suspensionReason: string | null;
  createdAt: string;
  updatedAt: string;
  licenses: DemoLicenseRecord[];
}

export interface DemoTherapistOptions {
  /** 'YYYY-MM-DD': licenses expire and reviews happen relative to it. */
  today: string;
  seed?: number;
}

export function demoTherapistEmail(number: number): string {
  return `therapist-${String(number).padStart(5, '0')}@demo.rapport.test`;
}

/** Therapists `firstNumber` … `firstNumber + count - 1`. */
export function generateDemoTherapists(options: DemoTherapistOptions & { count: number; firstNumber?: number }): DemoTherapistRecord[] {
  const firstNumber = options.firstNumber ?? 1;
  checkRange(firstNumber, options.count);
  return Array.from({ length: options.count }, (_, offset) => generateDemoTherapist(firstNumber + offset, options));
}

export function generateDemoTherapist(number: number, options: DemoTherapistOptions): DemoTherapistRecord {
  checkRange(number, 1);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`today must be YYYY-MM-DD, got "${options.today}"`);
  const seed = options.seed ?? DEMO_THERAPIST_SEED;
  const random = mulberry32(mixSeed(seed, number));
  const plannedStatus = plannedStatusOf(number, seed);

  const focus = pickWeighted(random, PRACTICE_FOCUSES.map((candidate) => [candidate, candidate.weight] as const));
  // Therapist 1 is the demo login: licensed where the demo client lives.
  const firstState = number === 1 ? 'NY' : pickWeighted(random, DEMO_STATES.map((state) => [state.code, state.weight] as const));
  const { profession, licenses } = chooseLicenses(random, firstState);
  const gender = pickWeighted<DemoGender>(random, [['WOMAN', 70], ['MAN', 24], ['NON_BINARY', 6]]);
  const languages = chooseLanguages(random, firstState);
  const displayName = chooseName(random, gender, languages);
  const pronouns = chance(random, 0.85) ? pickWeighted(random, PRONOUNS[gender]) : null;
  const yearsInPractice = 1 + Math.floor(random() ** 1.6 * 35);
  const ageGroups = chooseAgeGroups(random, focus);
  const servesYoung = ageGroups.includes('CHILDREN') || ageGroups.includes('TEENS');
  const specialtyConcerns = chooseSpecialties(random, focus, servesYoung);
  const treatedConcerns = chooseTreatedConcerns(random, focus, specialtyConcerns, servesYoung);
  const modalities = chooseModalities(random, focus, specialtyConcerns, treatedConcerns, servesYoung);
  const communities = chooseCommunities(random, focus, languages);
  const formats = chooseFormats(random);
  const office = formats.includes('IN_PERSON') ? chooseOffice(random, firstState) : null;
  const fees = chooseFees(random, profession);
  const insuranceAccepted = chooseInsurance(random, profession, communities);
  const acceptsNewClients = number === 1 || chance(random, 0.85);
  const timeline = buildLicenseTimeline(random, {
    number,
    status: plannedStatus,
    today: options.today,
    licenses,
    hasNpi: chance(random, 0.9),
  });
  const timeZone = findJurisdiction(firstState)?.timeZone ?? 'America/New_York';
  const textFacts = {
    focus,
    licenseType: licenses[0][0],
    yearsInPractice,
    ageGroups,
    specialtyConcerns,
    treatedConcerns,
    modalities,
    languages,
    communities,
  };
  const headline = composeHeadline(random, textFacts);
  const bio = composeBio(random, textFacts);
  // Drawn last, so the calendar changes none of the facts above.
  const calendar = buildDemoCalendar(random, {
    timeZone,
    formats,
    feeMinor: fees.feeMinor,
    specialtyConcerns,
    createdAt: timeline.createdAt,
    today: options.today,
    showcase: number === 1,
  });

  return {
    number,
    email: demoTherapistEmail(number),
    timeZone,
    // Derived exactly as the app derives it, so seeded rows agree with the service.
    status: deriveProfileStatus({ suspended: timeline.suspendedAt !== null, licenses: timeline.licenses, today: options.today }),
    displayName,
    pronouns,
    headline,
    bio,
    photoUrl: null,
    yearsInPractice,
    gender,
    languages,
    formats,
    officeAddress: office?.address ?? null,
    officeLatitude: office?.latitude ?? null,
    officeLongitude: office?.longitude ?? null,
    ageGroups,
    communities,
    specialtyConcerns,
    treatedConcerns,
    modalities,
    ...fees,
    insuranceAccepted,
    acceptsNewClients,
    suspendedAt: timeline.suspendedAt,
    suspensionReason: timeline.suspensionReason,
    createdAt: timeline.createdAt,
    updatedAt: timeline.updatedAt,
    licenses: timeline.licenses,
    ...calendar,
  };
}

function checkRange(firstNumber: number, count: number): void {
  if (!Number.isInteger(firstNumber) || firstNumber < 1) throw new Error(`therapist numbers start at 1, got ${firstNumber}`);
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number, got ${count}`);
  if (firstNumber + count - 1 > MAX_DEMO_THERAPIST_NUMBER) {
    const limit = MAX_DEMO_THERAPIST_NUMBER.toLocaleString('en-US');
    throw new Error(`demo therapists stop at number ${limit} (license numbers must stay unique)`);
  }
}

/** One license, or two in different states (~22%); New York-only titles stay single. */
function chooseLicenses(random: Random, firstState: string): { profession: Profession; licenses: [string, string][] } {
  if (firstState === 'NY' && chance(random, 0.04)) {
    const [profession, licenseType] = pick(random, NEW_YORK_ONLY_PROFESSIONS);
    return { profession, licenses: [[licenseType, 'NY']] };
  }
  const profession = pickWeighted(random, PROFESSION_WEIGHTS);
  const licenses: [string, string][] = [[licenseTypeFor(profession, firstState), firstState]];
  if (chance(random, 0.22)) {
    const otherStates = DEMO_STATES.filter((state) => state.code !== firstState);
    const secondState = pickWeighted(random, otherStates.map((state) => [state.code, state.weight] as const));
    licenses.push([licenseTypeFor(profession, secondState), secondState]);
  }
  return { profession, licenses };
}

function chooseLanguages(random: Random, state: string): string[] {
  const extra = EXTRA_LANGUAGES.filter((language) => chance(random, language.chance * (language.states?.includes(state) ? 1.8 : 1)));
  return ['en', ...extra.slice(0, 3).map((language) => language.code)];
}

function chooseName(random: Random, gender: DemoGender, languages: readonly string[]): string {
  const genderIndex = gender === 'WOMAN' ? 0 : gender === 'MAN' ? 1 : 2;
  const languagePool = GIVEN_NAMES_BY_LANGUAGE[languages[1] ?? '']?.[genderIndex];
  const given = languagePool && chance(random, 0.6) ? pick(random, languagePool) : pick(random, GIVEN_NAMES[gender]);
  const middle = chance(random, 0.15) ? ` ${pick(random, [...'ABCDEFGHJKLMNPRSTVW'])}.` : '';
  return `${given}${middle} ${pick(random, FAMILY_NAMES)}`;
}

function chooseAgeGroups(random: Random, focus: PracticeFocus): string[] {
  const chances: Record<string, number> = focus.servesChildren
    ? { CHILDREN: 0.8, TEENS: 0.85, YOUNG_ADULTS: 0.2, ADULTS: 0.35, OLDER_ADULTS: 0 }
    : { CHILDREN: 0.02, TEENS: 0.15, YOUNG_ADULTS: 0.7, ADULTS: 0.96, OLDER_ADULTS: 0.3 };
  const groups = AGE_GROUPS.map((group) => group.code).filter((code) => chance(random, chances[code]));
  if (groups.length > 0) return groups;
  return focus.servesChildren ? ['CHILDREN', 'TEENS'] : ['ADULTS'];
}

function allowedConcern(code: string, servesYoung: boolean): boolean {
  return servesYoung || !CHILD_ONLY_CONCERNS.has(code);
}

/** 1–3, the focus's most typical concerns most likely. */
function chooseSpecialties(random: Random, focus: PracticeFocus, servesYoung: boolean): string[] {
  const count = pickWeighted(random, [[1, 25], [2, 40], [3, 35]]);
  const pool = focus.concerns.filter((code) => allowedConcern(code, servesYoung));
  return sampleWeighted(random, pool.map((code, index) => [code, pool.length - index + 1] as const), count);
}

/** 3–10 more, disjoint from the specialties: the focus first, then common concerns, then anything. */
function chooseTreatedConcerns(random: Random, focus: PracticeFocus, specialties: readonly string[], servesYoung: boolean): string[] {
  const candidates = CONCERNS.map((concern) => concern.code as string)
    .filter((code) => !specialties.includes(code) && allowedConcern(code, servesYoung))
    .map((code) => [code, focus.concerns.includes(code) ? 6 : (COMMON_CONCERNS as readonly string[]).includes(code) ? 3 : 0.5] as const);
  return sampleWeighted(random, candidates, randomInt(random, 3, 10));
}

/** Evidence for their specialties first (via evidenceFor), then the focus's approaches, evidence for other concerns, general ones. */
function chooseModalities(
  random: Random,
  focus: PracticeFocus,
  specialties: readonly string[],
  treated: readonly string[],
  servesYoung: boolean,
): string[] {
  const allowed = (modality: string) => servesYoung || !CHILD_ONLY_MODALITIES.has(modality);
  const chosen = new Set<string>();
  const add = (modality: string, probability: number) => {
    if (allowed(modality) && chance(random, probability)) chosen.add(modality);
  };
  for (const concern of specialties) {
    const links = evidenceFor(concern).filter((link) => allowed(link.modality));
    for (const link of links) add(link.modality, link.strength === 'STRONG' ? 0.75 : 0.45);
    // A specialist in a concern with an evidence-based therapy offers at least one.
    if (links.length > 0 && !links.some((link) => chosen.has(link.modality))) chosen.add(links[0].modality);
  }
  for (const modality of focus.modalities) add(modality, 0.45);
  for (const concern of treated) for (const link of evidenceFor(concern)) add(link.modality, 0.12);
  for (const [modality, probability] of GENERAL_MODALITIES) add(modality, probability);
  for (const fallback of ['CBT', 'PERSON_CENTRED']) if (chosen.size < 2) chosen.add(fallback);
  return [...chosen].slice(0, 10);
}

function chooseCommunities(random: Random, focus: PracticeFocus, languages: readonly string[]): string[] {
  const chosen = new Set(focus.communities.filter(() => chance(random, 0.3)));
  if (chance(random, 0.3)) chosen.add('LGBTQ_AFFIRMING');
  if (chance(random, 0.1)) chosen.add('BIPOC');
  if (chance(random, 0.08)) chosen.add('NEURODIVERGENT_AFFIRMING');
  if (chance(random, 0.04)) chosen.add(pick(random, COMMUNITIES).code);
  if (languages.includes('ase')) chosen.add('DEAF_AND_HARD_OF_HEARING');
  if (languages.length > 1 && chance(random, 0.3)) chosen.add('IMMIGRANTS');
  // Taxonomy order, at most four.
  return COMMUNITIES.map((community) => community.code as string).filter((code) => chosen.has(code)).slice(0, 4);
}

function chooseFormats(random: Random): DemoFormat[] {
  const formats = (
    [
      ['VIDEO', 0.93],
      ['IN_PERSON', 0.38],
      ['PHONE', 0.22],
    ] as const
  )
    .filter(([, probability]) => chance(random, probability))
    .map(([format]) => format);
  return formats.length > 0 ? formats : ['VIDEO'];
}

/** An invented street address in a real city of the state, within a few km of downtown. */
function chooseOffice(random: Random, stateCode: string): { address: string; latitude: number; longitude: number } {
  const city = pick(random, DEMO_STATES_BY_CODE.get(stateCode)!.cities);
  const suite = chance(random, 0.6) ? `, Suite ${randomInt(random, 1, 9)}${pick(random, ['00', '10', '20', '05', '15'])}` : '';
  const jitter = () => Math.round((random() - 0.5) * 0.06 * 100_000) / 100_000;
  return {
    address: `${randomInt(random, 10, 2999)} ${pick(random, STREET_NAMES)}${suite}, ${city.name}, ${stateCode}`,
    latitude: Math.round((city.latitude + jitter()) * 100_000) / 100_000,
    longitude: Math.round((city.longitude + jitter()) * 100_000) / 100_000,
  };
}

/** $90–$250 in $5 steps; ~35% offer a sliding scale from at least $40 up to at most the fee. */
type Fees = Pick<DemoTherapistRecord, 'feeMinor' | 'slidingScaleMinMinor' | 'slidingScaleMaxMinor'>;

function chooseFees(random: Random, profession: Profession): Fees {
  const [low, mode, high] = feeRangeFor(profession);
  const dollars = Math.min(250, Math.max(90, Math.round(triangular(random, low, mode, high) / 5) * 5));
  const feeMinor = dollars * 100;
  if (!chance(random, 0.35)) return { feeMinor, slidingScaleMinMinor: null, slidingScaleMaxMinor: null };
  const maxMinor = feeMinor - 500 * randomInt(random, 0, 4);
  const steps = Math.max(0, Math.floor((maxMinor * 0.7 - 4000) / 500));
  return { feeMinor, slidingScaleMinMinor: 4000 + 500 * randomInt(random, 0, steps), slidingScaleMaxMinor: maxMinor };
}

function triangular(random: Random, low: number, mode: number, high: number): number {
  const u = random();
  const split = (mode - low) / (high - low);
  return u < split ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

function chooseInsurance(random: Random, profession: Profession, communities: readonly string[]): string[] {
  const prescriber = profession === 'PSYCHIATRIST_MD' || profession === 'PSYCHIATRIST_DO' || profession === 'NURSE_PRACTITIONER';
  if (!chance(random, prescriber ? 0.7 : 0.4)) return [];
  const plans = INSURANCE_PLANS.map((plan) => [plan, plan === 'TRICARE' && communities.includes('VETERANS') ? 8 : 1] as const);
  const chosen = new Set(sampleWeighted(random, plans, randomInt(random, 1, 4)));
  return INSURANCE_PLANS.filter((plan) => chosen.has(plan));
}
