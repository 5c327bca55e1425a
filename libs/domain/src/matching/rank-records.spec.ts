import fc from 'fast-check';
import { candidatesArbitrary, preferencesArbitrary, RUNS } from './matching.arbitraries.fixtures';
import { candidate, preferences, TODAY } from './matching.fixtures';
import type { MatchPreferences, RankResult, TherapistCandidate } from './matching.types';
import { rankingRecordOf, rankRecords } from './rank-records';
import { rankTherapists } from './rank-therapists';
import { tieBreakHash, tieBreakHasher } from './tie-break';

/** What a ranking says, reasons and caveats read (worded) for every ranked therapist. */
const plain = (result: RankResult) => ({
  ranked: result.ranked.map(({ id, score, reasons, caveats }) => ({ id, score, reasons, caveats })),
  excluded: result.excluded,
  notices: result.notices,
});

function byRecords(candidates: readonly TherapistCandidate[], client: MatchPreferences, seed: string, today = TODAY, allianceMean?: number) {
  return rankRecords({
    records: candidates.map((each) => rankingRecordOf(each)),
    textRelevance: (index) => candidates[index].textRelevance,
    candidateAt: (index) => candidates[index],
    preferences: client,
    today,
    fairnessSeed: seed,
    allianceMean,
  });
}

/** The clients rankRecords answers for: no insurance plan, no office distance. */
const answeredPreferences = preferencesArbitrary.map((client) => ({ ...client, location: null, insurance: null }));

describe('rankRecords', () => {
  it('ranks as rankTherapists does: the same order, scores, exclusions, notices, reasons and caveats', () => {
    fc.assert(
      fc.property(candidatesArbitrary, answeredPreferences, fc.string(), fc.option(fc.double({ min: 0, max: 6, noNaN: true }), { nil: undefined }), (candidates, client, seed, allianceMean) => {
        const expected = rankTherapists({ candidates, preferences: client, today: TODAY, fairnessSeed: seed, allianceMean });
        const actual = byRecords(candidates, client, seed, TODAY, allianceMean);
        expect(actual).not.toBeNull();
        expect(plain(actual!)).toEqual(plain(expected));
      }),
      RUNS,
    );
  });

  it('reads each record again in another window, day, zone or fairness seed: records kept across searches give the same answers', () => {
    fc.assert(
      fc.property(
        candidatesArbitrary,
        fc.array(answeredPreferences, { minLength: 2, maxLength: 4 }),
        fc.array(fc.constantFrom(TODAY, '2026-03-05', '2026-03-09'), { minLength: 4, maxLength: 4 }),
        fc.array(fc.constantFrom('2026-03-02:anonymous', '2026-03-02:client-1', 'another seed'), { minLength: 4, maxLength: 4 }),
        (candidates, clients, days, seeds) => {
          const records = candidates.map((each) => rankingRecordOf(each));
          clients.forEach((client, index) => {
            const today = days[index];
            // A seed built afresh, as each search builds its own: equal text, another string.
            const fairnessSeed = [...seeds[index]].join('');
            const expected = rankTherapists({ candidates, preferences: client, today, fairnessSeed, allianceMean: undefined });
            const actual = rankRecords({ records, textRelevance: (at) => candidates[at].textRelevance, candidateAt: (at) => candidates[at], preferences: client, today, fairnessSeed });
            expect(plain(actual!)).toEqual(plain(expected));
          });
        },
      ),
      RUNS,
    );
  });

  it('leaves an insurance plan or an office distance to rankTherapists (null)', () => {
    const list = [candidate({ id: 'a' })];
    expect(byRecords(list, preferences({ insurance: 'AETNA' }), 's')).toBeNull();
    expect(byRecords(list, preferences({ format: 'IN_PERSON', location: { latitude: 40.7, longitude: -74, maxDistanceKm: 10 } }), 's')).toBeNull();
    // A blank plan is no plan, as exclusionFor reads it.
    expect(byRecords(list, preferences({ insurance: '  ' }), 's')).not.toBeNull();
  });

  it('makes a candidate only for the therapists whose reasons are read', () => {
    const list = ['a', 'b', 'c'].map((id) => candidate({ id, specialtyConcerns: ['ANXIETY'] }));
    const made: number[] = [];
    const result = rankRecords({
      records: list.map((each) => rankingRecordOf(each)),
      textRelevance: () => 0,
      candidateAt: (index) => {
        made.push(index);
        return list[index];
      },
      preferences: preferences({ concerns: [{ code: 'ANXIETY', priority: 3 }] }),
      today: TODAY,
      fairnessSeed: 's',
    })!;
    expect(made).toEqual([]);
    expect(result.ranked[0].reasons[0].text).toBe('Specialises in anxiety');
    expect(made).toHaveLength(1);
  });

  it('has no record for a candidate holding a 65th code of a kind, and then answers null', () => {
    const many = Array.from({ length: 70 }, (_, index) => `LANG${index}`);
    const overflowing = candidate({ id: 'polyglot', languages: many });
    expect(rankingRecordOf(overflowing)).toBeNull();
    expect(byRecords([candidate({ id: 'a' }), overflowing], preferences(), 's')).toBeNull();
    // A code seen before keeps its bit.
    expect(rankingRecordOf(candidate({ id: 'b', languages: ['en'] }))).not.toBeNull();
  });
});

describe('tieBreakHash', () => {
  it('gives the numbers it always gave: an order of ties stays the same from one release to the next', () => {
    expect(tieBreakHash('2026-03-02:anonymous', 'therapist-1')).toBe(1475727636);
    expect(tieBreakHash('', '')).toBe(91794203);
    expect(tieBreakHash('2026-11-25:0b8f5e4e-1c2d-4a7b-9e1f-3a5c7d9e2f41', '7f6e0731-aa10-4c1b-8f23-5d6e7f809a1b')).toBe(46019755);
  });
});

describe('tieBreakHasher', () => {
  it('gives tieBreakHash of the seed and each id', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 5 }), (seed, ids) => {
        const hash = tieBreakHasher(seed);
        for (const id of ids) expect(hash(id)).toBe(tieBreakHash(seed, id));
      }),
      RUNS,
    );
  });
});
