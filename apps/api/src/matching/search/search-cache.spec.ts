import { durationMs } from '@rapport/domain';
import { FixedClock } from '../../../../../test/support/fixed-clock';
import { AnswerValidity, KeptAnswers, rankingGroupOf, rankingVersionIn, SearchVersions } from './search-cache';

// The rules every kept search answer follows (engine answers, rankings, whole answers), without a database.
describe('KeptAnswers', () => {
  const clock = new FixedClock(new Date('2026-11-25T15:00:00Z'));
  const A_MINUTE_MS = durationMs({ minutes: 1 });
  let computed = 0;
  const compute = (validUntilMs = Number.POSITIVE_INFINITY, during?: () => void) => async () => {
    during?.();
    computed += 1;
    return { value: computed, validUntilMs };
  };
  beforeEach(() => {
    computed = 0;
    clock.set('2026-11-25T15:00:00Z');
  });

  it('reuses an answer for the same stamp, and computes for another stamp or key', async () => {
    const kept = new KeptAnswers(clock, A_MINUTE_MS, 10);
    expect(await kept.remember('a', 's1', compute())).toBe(1);
    expect(await kept.remember('a', 's1', compute())).toBe(1);
    expect(await kept.remember('a', 's2', compute())).toBe(2);
    expect(await kept.remember('b', 's2', compute())).toBe(3);
  });

  it('keeps an answer computed across UTC midnight under the day it started in', async () => {
    const kept = new KeptAnswers(clock, A_MINUTE_MS, 10);
    clock.set('2026-11-25T23:59:59.900Z');
    // Licenses were read on the 25th; by the time the answer is kept it is the 26th.
    expect(await kept.remember('a', 's', compute(Number.POSITIVE_INFINITY, () => clock.set('2026-11-26T00:00:00.100Z')))).toBe(1);
    expect(await kept.remember('a', 's', compute())).toBe(2);
    expect(await kept.remember('a', 's', compute())).toBe(2);
  });

  it('narrows the validity it is given to the answer it gives, kept or computed', async () => {
    const kept = new KeptAnswers(clock, A_MINUTE_MS, 10);
    const until = clock.now().getTime() + durationMs({ seconds: 5 });
    const first = new AnswerValidity();
    await kept.remember('a', 's', compute(until), first);
    const second = new AnswerValidity();
    await kept.remember('a', 's', compute(until + 1), second);
    expect([first.untilMs, second.untilMs, computed]).toEqual([until, until, 1]);
    clock.set(new Date(until));
    expect(await kept.remember('a', 's', compute(until + durationMs({ seconds: 9 })))).toBe(2);
  });

  it('evicts the least recently used past its size', async () => {
    const kept = new KeptAnswers(clock, A_MINUTE_MS, 2);
    await kept.remember('a', 's', compute());
    await kept.remember('b', 's', compute());
    await kept.remember('a', 's', compute());
    await kept.remember('c', 's', compute());
    expect(kept.size).toBe(2);
    expect(await kept.remember('a', 's', compute())).toBe(1);
    expect(await kept.remember('b', 's', compute())).toBe(4);
  });

  describe('with a lagging part of the stamp', () => {
    const LAG_MS = durationMs({ seconds: 30 });
    const keptAt = () => clock.now().getTime();

    it('gives an answer kept under another value of it until the tolerance has passed since it was stamped', () => {
      const kept = new KeptAnswers(clock, A_MINUTE_MS, 10, LAG_MS);
      kept.keep('a', 's', 'answer', Number.POSITIVE_INFINITY, { value: 'r1', stampedAtMs: keptAt() });
      expect(kept.find('a', 's', 'r1')?.value).toBe('answer');
      clock.set('2026-11-25T15:00:29.999Z');
      expect(kept.find('a', 's', 'r2')?.value).toBe('answer');
      // The same value holds as long as anything else does.
      clock.set('2026-11-25T15:00:30Z');
      expect(kept.find('a', 's', 'r2')).toBeUndefined();
      expect(kept.find('a', 's', 'r1')?.value).toBe('answer');
    });

    it('never excuses the rest of the stamp, and is not given without a lagging part asked', () => {
      const kept = new KeptAnswers(clock, A_MINUTE_MS, 10, LAG_MS);
      kept.keep('a', 's', 'answer', Number.POSITIVE_INFINITY, { value: 'r1', stampedAtMs: keptAt() });
      kept.keep('b', 's', 'strict', Number.POSITIVE_INFINITY);
      expect(kept.find('a', 's-moved', 'r1')).toBeUndefined();
      expect(kept.find('a', 's')).toBeUndefined();
      expect(kept.find('b', 's', 'r1')).toBeUndefined();
      expect(kept.find('b', 's')?.value).toBe('strict');
    });

    it('still ends at the instant the answer said it stops holding', () => {
      const kept = new KeptAnswers(clock, A_MINUTE_MS, 10, LAG_MS);
      kept.keep('a', 's', 'answer', keptAt() + durationMs({ seconds: 10 }), { value: 'r1', stampedAtMs: keptAt() });
      clock.set('2026-11-25T15:00:10Z');
      expect(kept.find('a', 's', 'r2')).toBeUndefined();
    });
  });
});

describe('the ranking counter an answer depends on', () => {
  const versions: SearchVersions = { search: '5', ranking: '9', page: '2', rankingByGroup: Array.from({ length: 16 }, (_, group) => String(group * 10)) };

  it("is a state's group's for a search in that state, and the global one for a search in none, never equal across the two", () => {
    expect(rankingVersionIn(versions, 'NY')).toBe(`${rankingGroupOf('NY')}:${rankingGroupOf('NY') * 10}`);
    expect(rankingVersionIn(versions, 'TX')).not.toBe(rankingVersionIn(versions, 'NY'));
    expect(rankingVersionIn(versions, null)).toBe('all:9');
    // Group 0's counter reading like the global one still names another scope.
    expect(rankingVersionIn({ ...versions, rankingByGroup: versions.rankingByGroup.map(() => '9') }, 'NY')).not.toBe(rankingVersionIn(versions, null));
  });

  it('is the one state a search ranked in; two different states make it every state', () => {
    const validity = new AnswerValidity();
    expect(validity.rankingState).toBeUndefined();
    validity.ranksIn('NY');
    validity.ranksIn('NY');
    expect(validity.rankingState).toBe('NY');
    validity.ranksIn('CA');
    expect(validity.rankingState).toBeNull();
    validity.ranksIn('NY');
    expect(validity.rankingState).toBeNull();
  });
});
