// Random candidates and clients for the ranking's property tests.
import fc from 'fast-check';
import { MS_PER_DAY } from '../time';
import { TODAY } from './matching.fixtures';
import type { MatchPreferences, SessionFormatCode, TherapistCandidate } from './matching.types';

export const RUNS = { numRuns: 300 };
export const CONCERNS = ['OCD', 'ANXIETY', 'DEPRESSION', 'PTSD', 'GRIEF', 'INSOMNIA'];
export const MODALITIES = ['CBT', 'ERP', 'DBT', 'EMDR', 'ACT', 'IPT', 'CBT_I'];
export const COMMUNITIES = ['LGBTQ_AFFIRMING', 'VETERANS', 'FAITH_BASED'];
export const GENDERS = ['WOMAN', 'MAN', 'NON_BINARY'] as const;
export const FORMATS = ['VIDEO', 'IN_PERSON', 'PHONE'] as const;
const TODAY_START_UTC = Date.parse(`${TODAY}T00:00:00Z`);

/** Mostly `likely`, sometimes `unlikely`: random candidates should mostly pass the filters, or little gets scored. */
const usually = <T>(likely: T, unlikely: T) => fc.oneof({ arbitrary: fc.constant(likely), weight: 9 }, { arbitrary: fc.constant(unlikely), weight: 1 });
const pointNearNewYork = fc.record({ latitude: fc.double({ min: 40.4, max: 41, noNaN: true }), longitude: fc.double({ min: -74.4, max: -73.6, noNaN: true }) });
const priceArbitrary = fc.integer({ min: 0, max: 300 }).map((dollars) => dollars * 100);

const candidateFieldsArbitrary: fc.Arbitrary<Omit<TherapistCandidate, 'id'>> = fc.record({
  licensedJurisdictions: fc.oneof({ arbitrary: fc.constant<string[]>(['NY']), weight: 3 }, { arbitrary: fc.subarray(['NY', 'NJ', 'CA']), weight: 1 }),
  profileActive: usually(true, false),
  acceptsNewClients: usually(true, false),
  formats: fc.oneof(fc.constant<SessionFormatCode[]>([...FORMATS]), fc.subarray([...FORMATS])),
  office: fc.option(pointNearNewYork),
  languages: fc.oneof(fc.constant<string[]>(['en']), fc.subarray(['en', 'es', 'zh'])),
  ageGroups: fc.subarray(['TEENS', 'ADULTS', 'OLDER_ADULTS']),
  gender: fc.option(fc.constantFrom(...GENDERS)),
  communities: fc.subarray(COMMUNITIES),
  specialtyConcerns: fc.subarray(CONCERNS, { maxLength: 3 }),
  treatedConcerns: fc.subarray(CONCERNS),
  modalities: fc.subarray(MODALITIES),
  feeMinor: fc.option(priceArbitrary),
  slidingScale: fc.option(priceArbitrary.map((minMinor) => ({ minMinor, maxMinor: minMinor + 50_00 }))),
  insuranceAccepted: fc.subarray(['AETNA', 'CIGNA', 'UNITEDHEALTHCARE', 'KAISER']),
  textRelevance: fc.integer({ min: 0, max: 1000 }).map((thousandths) => thousandths / 1000),
  // From two days before today to two days after the window, to exercise its edges.
  openSlotStartsMs: fc.array(fc.integer({ min: -2 * 96, max: 16 * 96 }).map((quarter) => TODAY_START_UTC + (quarter * MS_PER_DAY) / 96), { maxLength: 30 }),
  alliance: fc.option(fc.record({ count: fc.nat({ max: 200 }), mean: fc.double({ min: 1, max: 5, noNaN: true }) })),
});

export const candidatesArbitrary = fc.array(candidateFieldsArbitrary, { maxLength: 12 }).map((list) => list.map((fields, index) => ({ ...fields, id: `t${index}` })));

export const preferencesArbitrary: fc.Arbitrary<MatchPreferences> = fc.record({
  concerns: fc.subarray(CONCERNS).chain((codes) => fc.tuple(...codes.map((code) => fc.constantFrom(1, 2, 3).map((priority) => ({ code, priority: priority as 1 | 2 | 3 }))))),
  preferredModalities: fc.oneof(fc.constant<string[]>([]), fc.subarray(MODALITIES, { maxLength: 2 })),
  jurisdiction: usually('NY', 'NJ'),
  format: fc.oneof({ arbitrary: fc.constant('ANY' as const), weight: 3 }, fc.constantFrom(...FORMATS)),
  location: fc.option(pointNearNewYork.chain((point) => fc.integer({ min: 1, max: 60 }).map((maxDistanceKm) => ({ ...point, maxDistanceKm })))),
  budgetMaxMinor: fc.option(priceArbitrary),
  needsSlidingScale: usually(false, true),
  insurance: fc.option(fc.constantFrom('AETNA', 'CIGNA', 'KAISER'), { freq: 2 }),
  languages: fc.oneof(fc.constant<string[]>([]), fc.subarray(['en', 'es'])),
  genderPreference: fc.subarray([...GENDERS]),
  communities: fc.subarray(COMMUNITIES),
  ageGroup: fc.option(fc.constantFrom('TEENS', 'ADULTS'), { freq: 2 }),
  preferredTimes: fc.record({ weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7]), dayParts: fc.subarray(['MORNING', 'AFTERNOON', 'EVENING'] as const) }),
  timeZone: fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Asia/Kathmandu', 'Europe/London'),
  hasQuery: fc.boolean(),
  isFirstBooking: usually(false, true),
});

export const inputArbitrary = fc.record({ candidates: candidatesArbitrary, preferences: preferencesArbitrary, seed: fc.string() });

