import { shrunkAllianceRating } from '../matching';
import {
  ALLIANCE_ITEM_WORDS,
  ALLIANCE_ITEMS,
  allianceForMatching,
  allianceMean,
  allianceTotal,
  allianceTotalOnMatchingScale,
  type AllianceScores,
  isLowAlliance,
  rematchOffer,
  shouldPromptForAlliance,
  validateAllianceScores,
} from './alliance';

const scores = (relationship: number, goalsAndTopics: number, approachOrMethod: number, overall: number): AllianceScores => ({
  relationship,
  goalsAndTopics,
  approachOrMethod,
  overall,
});

describe('session rating', () => {
  it.each([
    [scores(10, 10, 10, 10), 40, 10, false],
    [scores(9, 9, 9, 9), 36, 9, false], // exactly the cutoff is not low
    [scores(9, 9, 9, 8), 35, 8.75, true],
    [scores(10, 10, 10, 5), 35, 8.75, true], // one item at 5 is enough
    [scores(0, 0, 0, 0), 0, 0, true],
  ])('%j: total %i, mean %d, low %s', (rating, total, mean, low) => {
    expect(allianceTotal(rating)).toBe(total);
    expect(allianceMean(rating)).toBe(mean);
    expect(isLowAlliance(rating)).toBe(low);
  });

  it('names each item that is not a whole number from 0 to 10', () => {
    expect(validateAllianceScores(scores(0, 10, 5, 7))).toEqual([]);
    expect(validateAllianceScores({ relationship: 11, goalsAndTopics: -1, approachOrMethod: 7.5 } as AllianceScores, 'input.scores')).toEqual([
      { path: 'input.scores.relationship', message: 'must be a whole number from 0 to 10' },
      { path: 'input.scores.goalsAndTopics', message: 'must be a whole number from 0 to 10' },
      { path: 'input.scores.approachOrMethod', message: 'must be a whole number from 0 to 10' },
      { path: 'input.scores.overall', message: 'must be a whole number from 0 to 10' },
    ]);
    expect(() => allianceTotal(scores(10, 10, 10, 11))).toThrow('rating.overall must be a whole number from 0 to 10');
  });

  it('has words for every item', () => {
    expect(Object.keys(ALLIANCE_ITEM_WORDS).sort()).toEqual([...ALLIANCE_ITEMS].sort());
  });

  it.each([
    [0, false],
    [1, true],
    [3, true],
    [4, false],
    [2.5, false],
  ])('prompts after completed session %p: %s', (session, expected) => {
    expect(shouldPromptForAlliance(session)).toBe(expected);
  });

  it.each([
    [scores(10, 10, 10, 10), false, { offer: false, reasons: [] }],
    [scores(8, 8, 8, 8), false, { offer: true, reasons: ['LOW_ALLIANCE'] }],
    [scores(10, 10, 10, 10), true, { offer: true, reasons: ['NOT_A_GOOD_FIT'] }],
    [scores(2, 2, 2, 2), true, { offer: true, reasons: ['LOW_ALLIANCE', 'NOT_A_GOOD_FIT'] }],
  ])('rematch for %j, not a good fit %s', (rating, notAGoodFit, expected) => {
    expect(rematchOffer({ scores: rating, notAGoodFit })).toEqual(expected);
  });
});

describe('alliance for matching', () => {
  it.each([
    [0, 1],
    [20, 3],
    [36, 4.6],
    [40, 5],
    [-5, 1],
    [50, 5],
  ])('total %i reads %d on the 1–5 scale', (total, expected) => {
    expect(allianceTotalOnMatchingScale(total)).toBeCloseTo(expected, 10);
  });

  it('counts each client once, with the mean of their ratings', () => {
    const ratings = [
      { clientId: 'a', total: 40 },
      { clientId: 'a', total: 40 },
      { clientId: 'a', total: 40 },
      { clientId: 'b', total: 20 },
      { clientId: 'b', total: 30 },
    ];
    // Client means 40 and 25 → 32.5 → 4.25.
    expect(allianceForMatching(ratings)).toEqual({ count: 2, mean: 4.25 });
    expect(allianceForMatching([])).toBeNull();
  });

  it("plugs into matching's shrinkage: better-rated therapists score higher, few ratings stay near the prior", () => {
    const praised = allianceForMatching([{ clientId: 'a', total: 40 }, { clientId: 'b', total: 39 }]);
    const struggling = allianceForMatching([{ clientId: 'c', total: 20 }, { clientId: 'd', total: 24 }]);
    expect(shrunkAllianceRating(praised, 4)).toBeGreaterThan(shrunkAllianceRating(null, 4));
    expect(shrunkAllianceRating(struggling, 4)).toBeLessThan(shrunkAllianceRating(null, 4));
  });
});
