import { exclusionFor, haversineDistanceKm } from './hard-filters';
import { BROOKLYN, candidate, MANHATTAN, preferences, rank } from './matching.fixtures';
import { EXCLUSION_CODES, type ExclusionCode, type MatchPreferences, type TherapistCandidate } from './matching.types';

const BROOKLYN_KM = haversineDistanceKm(MANHATTAN, BROOKLYN);
const inPerson = (maxDistanceKm: number): Partial<MatchPreferences> => ({ format: 'IN_PERSON', location: { ...MANHATTAN, maxDistanceKm } });

type Row = [string, Partial<TherapistCandidate>, Partial<MatchPreferences>, ExclusionCode | null];
const ROWS: Row[] = [
  ['an active, licensed therapist with no client constraints', {}, {}, null],
  ['an inactive profile', { profileActive: false }, {}, 'PROFILE_INACTIVE'],
  ['no license in the client’s state', { licensedJurisdictions: ['NJ', 'CT'] }, {}, 'NOT_LICENSED_IN_JURISDICTION'],
  ['no licenses at all', { licensedJurisdictions: [] }, {}, 'NOT_LICENSED_IN_JURISDICTION'],
  ['not accepting new clients, first booking', { acceptsNewClients: false }, {}, 'NOT_ACCEPTING_NEW_CLIENTS'],
  ['not accepting new clients, returning client', { acceptsNewClients: false }, { isFirstBooking: false }, null],
  ['phone asked, video only', { formats: ['VIDEO'] }, { format: 'PHONE' }, 'FORMAT_NOT_OFFERED'],
  ['in person asked, video only', { formats: ['VIDEO'] }, inPerson(50), 'FORMAT_NOT_OFFERED'],
  ['any format, video only', { formats: ['VIDEO'] }, {}, null],
  ['in person with a location, no office', { office: null }, inPerson(50), 'NO_OFFICE_LOCATION'],
  ['in person without a location, no office', { office: null }, { format: 'IN_PERSON' }, null],
  ['office exactly at the maximum distance', {}, inPerson(BROOKLYN_KM), null],
  ['office a metre past the maximum distance', {}, inPerson(BROOKLYN_KM - 0.001), 'OFFICE_TOO_FAR'],
  ['a distant office when any format will do', {}, { location: { ...MANHATTAN, maxDistanceKm: 1 } }, null],
  ['serves adults only, client is a teen', { ageGroups: ['ADULTS'] }, { ageGroup: 'TEENS' }, 'AGE_GROUP_NOT_SERVED'],
  ['serves teens and adults, client is a teen', { ageGroups: ['TEENS', 'ADULTS'] }, { ageGroup: 'TEENS' }, null],
  ['states no age groups, client is a teen', { ageGroups: [] }, { ageGroup: 'TEENS' }, null],
  ['serves adults only, client states no age group', { ageGroups: ['ADULTS'] }, {}, null],
  ['English only, client needs Spanish', { languages: ['en'] }, { languages: ['es'] }, 'NO_SHARED_LANGUAGE'],
  ['English and Spanish, client reads Spanish or Tagalog', { languages: ['en', 'es'] }, { languages: ['tl', 'es'] }, null],
  ['no sliding scale when one is needed', { slidingScale: null }, { needsSlidingScale: true }, 'NO_SLIDING_SCALE'],
  ['a sliding scale when one is needed', { slidingScale: { minMinor: 60_00, maxMinor: 150_00 } }, { needsSlidingScale: true }, null],
  ['fee over budget, no sliding scale', { feeMinor: 150_00 }, { budgetMaxMinor: 149_99 }, 'OVER_BUDGET'],
  ['fee exactly at budget', { feeMinor: 150_00 }, { budgetMaxMinor: 150_00 }, null],
  ['fee over budget, sliding scale reaching it', { feeMinor: 150_00, slidingScale: { minMinor: 80_00, maxMinor: 150_00 } }, { budgetMaxMinor: 80_00 }, null],
  ['fee over budget, sliding scale above it', { feeMinor: 150_00, slidingScale: { minMinor: 90_00, maxMinor: 150_00 } }, { budgetMaxMinor: 80_00 }, 'OVER_BUDGET'],
  ['no fee stated, client has a budget', { feeMinor: null }, { budgetMaxMinor: 100_00 }, 'OVER_BUDGET'],
  ['insurance not accepted', { insuranceAccepted: ['Aetna'] }, { insurance: 'Cigna' }, 'INSURANCE_NOT_ACCEPTED'],
  ['insurance accepted, different case and spaces', { insuranceAccepted: ['Aetna', 'Blue Cross'] }, { insurance: ' blue cross ' }, null],
  ['insurance not asked about', { insuranceAccepted: [] }, { insurance: null }, null],
];

describe('exclusionFor', () => {
  it.each(ROWS)('%s → %s', (_, candidateOverrides, preferenceOverrides, expected) => {
    expect(exclusionFor(candidate(candidateOverrides), preferences(preferenceOverrides))).toBe(expected);
  });

  it('has a row for every exclusion code', () => {
    const covered = new Set(ROWS.map((row) => row[3]));
    expect(EXCLUSION_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('reports the first failed filter, in the order of EXCLUSION_CODES', () => {
    const failsEverything = candidate({ profileActive: false, licensedJurisdictions: [], languages: [] });
    expect(exclusionFor(failsEverything, preferences({ languages: ['es'] }))).toBe('PROFILE_INACTIVE');
    expect(exclusionFor({ ...failsEverything, profileActive: true }, preferences({ languages: ['es'] }))).toBe('NOT_LICENSED_IN_JURISDICTION');
  });

  it('rankTherapists lists each excluded therapist with its reason, in input order', () => {
    const result = rank([
      candidate({ id: 'inactive', profileActive: false }),
      candidate({ id: 'fine' }),
      candidate({ id: 'far', office: { latitude: 42.6526, longitude: -73.7562 } }),
    ], inPerson(25));
    expect(result.ranked.map((therapist) => therapist.id)).toEqual(['fine']);
    expect(result.excluded).toEqual([
      { id: 'inactive', reason: 'PROFILE_INACTIVE' },
      { id: 'far', reason: 'OFFICE_TOO_FAR' },
    ]);
  });
});

describe('haversineDistanceKm', () => {
  it.each([
    ['one degree of latitude', { latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }, 111.195],
    ['Manhattan to Brooklyn', MANHATTAN, BROOKLYN, 6.477],
    ['New York to Los Angeles', MANHATTAN, { latitude: 34.0522, longitude: -118.2437 }, 3935.8],
    ['across the antimeridian', { latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 }, 111.195],
    ['the same point', BROOKLYN, BROOKLYN, 0],
  ])('%s is about %s km', (_, from, to, km) => {
    expect(haversineDistanceKm(from, to)).toBeCloseTo(km, km > 1000 ? -1 : 2);
    expect(haversineDistanceKm(to, from)).toBeCloseTo(haversineDistanceKm(from, to), 9);
  });

  it('is half the Earth’s circumference between antipodes', () => {
    expect(haversineDistanceKm({ latitude: 90, longitude: 0 }, { latitude: -90, longitude: 0 })).toBeCloseTo(Math.PI * 6371.0088, 6);
  });
});
