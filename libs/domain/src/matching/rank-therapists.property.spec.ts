import fc from 'fast-check';
import { exclusionFor, haversineDistanceKm } from './hard-filters';
import { MATCH_WEIGHTS, MAX_MATCH_SCORE } from './match-weights';
import { asRead, candidate, MANHATTAN, preferences, rank, TODAY } from './matching.fixtures';
import { candidatesArbitrary, inputArbitrary, RUNS } from './matching.arbitraries.fixtures';
import { availabilityFit } from './availability-fit';
import { concernFit, modalityFit } from './fit-components';
import { allianceFit, communityFit, priceFit } from './preference-components';
import { rankTherapists, scoreCandidate } from './rank-therapists';

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
          const scoredReasons = therapist.reasons.filter((reason) => reason.code in MATCH_WEIGHTS);
          const weights = scoredReasons.map((reason) => reason.weight);
          expect([...weights].sort((a, b) => b - a)).toEqual(weights);
          // Confirmations of stated filters come after every scored reason and weigh nothing.
          expect(therapist.reasons.slice(0, scoredReasons.length)).toEqual(scoredReasons);
          for (const reason of therapist.reasons.slice(scoredReasons.length)) expect(reason.weight).toBe(0);
          for (const reason of scoredReasons) {
            expect(reason.weight).toBeGreaterThan(0);
            expect(reason.weight).toBeLessThanOrEqual(MATCH_WEIGHTS[reason.code as keyof typeof MATCH_WEIGHTS]);
            expect(reason.text.length).toBeGreaterThan(0);
          }
          expect(new Set(therapist.reasons.map((reason) => reason.code)).size).toBe(therapist.reasons.length);
          if (!client.hasQuery) expect(therapist.reasons.some((reason) => reason.code === 'TEXT_RELEVANCE')).toBe(false);
          const scored = scoreCandidate(candidates.find((each) => each.id === therapist.id)!, { preferences: client, today: TODAY });
          expect(scored).toEqual({ score: therapist.score, reasons: therapist.reasons, caveats: therapist.caveats });
        });
      }),
      RUNS,
    );
  });

  it('scores each component the same without its words, which the ranking words only for the therapists read', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.double({ min: 0, max: 6, noNaN: true }), ({ candidates, preferences: client }, allianceMean) => {
        for (const therapist of candidates) {
          const components = [
            (words: boolean) => concernFit(therapist, client, words),
            (words: boolean) => modalityFit(therapist, client, words),
            (words: boolean) => availabilityFit(therapist, client, TODAY, words),
            (words: boolean) => priceFit(therapist, client, words),
            (words: boolean) => communityFit(therapist, client, words),
            (words: boolean) => allianceFit(therapist, allianceMean, words),
          ];
          for (const component of components) expect(component(false)).toEqual({ value: component(true).value, text: null });
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same input gives the same output, whatever the candidates’ order', () => {
    fc.assert(
      fc.property(inputArbitrary, ({ candidates, preferences: client, seed }) => {
        const input = { candidates, preferences: client, today: TODAY, fairnessSeed: seed };
        const result = rankTherapists(input);
        const again = rankTherapists(input);
        expect({ ...again, ranked: asRead(again.ranked) }).toEqual({ ...result, ranked: asRead(result.ranked) });
        expect(asRead(rankTherapists({ ...input, candidates: [...candidates].reverse() }).ranked)).toEqual(asRead(result.ranked));
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
        const without = rankTherapists({ candidates: candidates.map((c) => ({ ...c, openSlotStartsMs: [] })), preferences: prefs, today: TODAY, fairnessSeed: seed });
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
