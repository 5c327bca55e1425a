import fc from 'fast-check';
import { MS_PER_DAY } from '../time';
import { exclusionFor, haversineDistanceKm } from './hard-filters';
import { MATCH_WEIGHTS, MAX_MATCH_SCORE } from './match-weights';
import { candidate, MANHATTAN, preferences, rank, TODAY } from './matching.fixtures';
import type { MatchPreferences, SessionFormatCode, TherapistCandidate } from './matching.types';
import { rankTherapists, scoreCandidate } from './rank-therapists';

const RUNS = { numRuns: 300 };
const CONCERNS = ['OCD', 'ANXIETY', 'DEPRESSION', 'PTSD', 'GRIEF', 'INSOMNIA'];
const MODALITIES = ['CBT', 'ERP', 'DBT', 'EMDR', 'ACT', 'IPT', 'CBT_I'];
const COMMUNITIES = ['LGBTQ_AFFIRMING', 'VETERANS', 'FAITH_BASED'];
const GENDERS = ['WOMAN', 'MAN', 'NON_BINARY'] as const;
const FORMATS = ['VIDEO', 'IN_PERSON', 'PHONE'] as const;
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
  insuranceAccepted: fc.subarray(['Aetna', 'Cigna', 'Optum', 'Kaiser']),
  textRelevance: fc.integer({ min: 0, max: 1000 }).map((thousandths) => thousandths / 1000),
  // From two days before today to two days after the window, to exercise its edges.
  openSlotStarts: fc.array(fc.integer({ min: -2 * 96, max: 16 * 96 }).map((quarter) => new Date(TODAY_START_UTC + (quarter * MS_PER_DAY) / 96)), { maxLength: 30 }),
  alliance: fc.option(fc.record({ count: fc.nat({ max: 200 }), mean: fc.double({ min: 1, max: 5, noNaN: true }) })),
});

const candidatesArbitrary = fc.array(candidateFieldsArbitrary, { maxLength: 12 }).map((list) => list.map((fields, index) => ({ ...fields, id: `t${index}` })));

const preferencesArbitrary: fc.Arbitrary<MatchPreferences> = fc.record({
  concerns: fc.subarray(CONCERNS).chain((codes) => fc.tuple(...codes.map((code) => fc.constantFrom(1, 2, 3).map((priority) => ({ code, priority: priority as 1 | 2 | 3 }))))),
  preferredModalities: fc.oneof(fc.constant<string[]>([]), fc.subarray(MODALITIES, { maxLength: 2 })),
  jurisdiction: usually('NY', 'NJ'),
  format: fc.oneof({ arbitrary: fc.constant('ANY' as const), weight: 3 }, fc.constantFrom(...FORMATS)),
  location: fc.option(pointNearNewYork.chain((point) => fc.integer({ min: 1, max: 60 }).map((maxDistanceKm) => ({ ...point, maxDistanceKm })))),
  budgetMaxMinor: fc.option(priceArbitrary),
  needsSlidingScale: usually(false, true),
  insurance: fc.option(fc.constantFrom('aetna', 'CIGNA', 'Kaiser'), { freq: 2 }),
  languages: fc.oneof(fc.constant<string[]>([]), fc.subarray(['en', 'es'])),
  genderPreference: fc.subarray([...GENDERS]),
  communities: fc.subarray(COMMUNITIES),
  ageGroup: fc.option(fc.constantFrom('TEENS', 'ADULTS'), { freq: 2 }),
  preferredTimes: fc.record({ weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7]), dayParts: fc.subarray(['MORNING', 'AFTERNOON', 'EVENING'] as const) }),
  timeZone: fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Asia/Kathmandu', 'Europe/London'),
  hasQuery: fc.boolean(),
  isFirstBooking: usually(false, true),
});

const inputArbitrary = fc.record({ candidates: candidatesArbitrary, preferences: preferencesArbitrary, seed: fc.string() });

describe('rankTherapists (property-based)', () => {
  it('never ranks an excluded candidate: every candidate is either ranked or excluded, as the filters say', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ candidates, preferences: client, seed }) => {
        const { ranked, excluded } = rankTherapists({ candidates, preferences: client, today: TODAY, fairnessSeed: seed });
        const excludedIds = new Set(excluded.map((entry) => entry.id));
        expect(ranked.some((therapist) => excludedIds.has(therapist.id))).toBe(false);
        expect(ranked.length + excluded.length).toBe(candidates.length);
        for (const entry of excluded) expect(exclusionFor(candidates.find((each) => each.id === entry.id)!, client)).toBe(entry.reason);
        for (const therapist of ranked) expect(exclusionFor(candidates.find((each) => each.id === therapist.id)!, client)).toBeNull();
      }),
      RUNS,
    );
  });

  it('scores lie in [0, sum of weights], ordered by score, with positive reasons heaviest first', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ candidates, preferences: client, seed }) => {
        const { ranked } = rankTherapists({ candidates, preferences: client, today: TODAY, fairnessSeed: seed });
        ranked.forEach((therapist, index) => {
          expect(therapist.score).toBeGreaterThanOrEqual(0);
          expect(therapist.score).toBeLessThanOrEqual(MAX_MATCH_SCORE + 1e-9);
          if (index > 0) expect(therapist.score).toBeLessThanOrEqual(ranked[index - 1].score);
          const weights = therapist.reasons.map((reason) => reason.weight);
          expect([...weights].sort((a, b) => b - a)).toEqual(weights);
          for (const reason of therapist.reasons) {
            expect(reason.weight).toBeGreaterThan(0);
            expect(reason.weight).toBeLessThanOrEqual(MATCH_WEIGHTS[reason.code]);
            expect(reason.text.length).toBeGreaterThan(0);
          }
          expect(new Set(therapist.reasons.map((reason) => reason.code)).size).toBe(therapist.reasons.length);
          if (!client.hasQuery) expect(therapist.reasons.some((reason) => reason.code === 'TEXT_RELEVANCE')).toBe(false);
          const scored = scoreCandidate(candidates.find((each) => each.id === therapist.id)!, { preferences: client, today: TODAY });
          expect(scored).toEqual({ score: therapist.score, reasons: therapist.reasons });
        });
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input gives the same output, whatever the candidates’ order', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ candidates, preferences: client, seed }) => {
        const input = { candidates, preferences: client, today: TODAY, fairnessSeed: seed };
        const result = rankTherapists(input);
        expect(rankTherapists(input)).toEqual(result);
        expect(rankTherapists({ ...input, candidates: [...candidates].reverse() }).ranked).toEqual(result.ranked);
      }),
      RUNS,
    );
  });

  it('rotates ties fairly: over 400 seeds each of 4 tied therapists is first 15–35% of the time', () => {
    const idsArbitrary = fc.oneof(
      fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 4, maxLength: 4 }),
      fc.nat({ max: 10_000 }).map((start) => [0, 1, 2, 3].map((offset) => `therapist-${start + offset}`)),
      fc.uuid().map((uuid) => [0, 1, 2, 3].map((digit) => `${uuid.slice(0, -1)}${digit}`)),
    );
    fc.assert(
      fc.property(idsArbitrary, fc.string({ maxLength: 10 }), (ids, clientPrefix) => {
        const tied = ids.map((id) => candidate({ id, specialtyConcerns: ['OCD'] }));
        const firsts = new Map(ids.map((id) => [id, 0]));
        for (let client = 0; client < 400; client++) {
          const { ranked } = rank(tied, { concerns: [{ code: 'OCD', priority: 3 }] }, { fairnessSeed: `${TODAY}:${clientPrefix}${client}` });
          firsts.set(ranked[0].id, firsts.get(ranked[0].id)! + 1);
        }
        for (const count of firsts.values()) {
          expect(count).toBeGreaterThanOrEqual(60);
          expect(count).toBeLessThanOrEqual(140);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('raises a score by at most the availability weight when open times are added (the API prunes slot work on this)', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ candidates, preferences: prefs, seed }) => {
        const without = rankTherapists({ candidates: candidates.map((c) => ({ ...c, openSlotStarts: [] })), preferences: prefs, today: TODAY, fairnessSeed: seed });
        const withSlots = rankTherapists({ candidates, preferences: prefs, today: TODAY, fairnessSeed: seed });
        const before = new Map(without.ranked.map((match) => [match.id, match.score]));
        for (const match of withSlots.ranked) {
          expect(match.score).toBeGreaterThanOrEqual(before.get(match.id)! - 1e-4);
          expect(match.score).toBeLessThanOrEqual(before.get(match.id)! + MATCH_WEIGHTS.AVAILABILITY_FIT + 1e-4);
        }
      }),
      RUNS,
    );
  });

  it('gives one seed one order of ties', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 8 }), fc.string(), (ids, seed) => {
        const tied = ids.map((id) => candidate({ id }));
        const order = rank(tied, {}, { fairnessSeed: seed }).ranked.map((therapist) => therapist.id);
        expect(rank([...tied].reverse(), {}, { fairnessSeed: seed }).ranked.map((therapist) => therapist.id)).toEqual(order);
      }),
      RUNS,
    );
  });

  it('keeps in-person matches within the client’s distance', () => {
    fc.assert(
      fc.property(candidatesArbitrary, fc.integer({ min: 1, max: 30 }), (candidates, maxDistanceKm) => {
        const client = preferences({ format: 'IN_PERSON', location: { ...MANHATTAN, maxDistanceKm } });
        const { ranked } = rankTherapists({ candidates, preferences: client, today: TODAY, fairnessSeed: 'seed' });
        for (const therapist of ranked) {
          const office = candidates.find((each) => each.id === therapist.id)!.office;
          expect(office).not.toBeNull();
          expect(haversineDistanceKm(MANHATTAN, office!)).toBeLessThanOrEqual(maxDistanceKm);
        }
      }),
      RUNS,
    );
  });
});
