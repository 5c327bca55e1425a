import { MATCH_WEIGHTS, MAX_MATCH_SCORE } from './match-weights';
import { asRead, at, candidate, preferences, rank, TODAY } from './matching.fixtures';
import { SCORED_REASON_CODES, type TherapistCandidate } from './matching.types';
import { rankTherapists, scoreCandidate } from './rank-therapists';

const ids = (result: { ranked: { id: string }[] }) => result.ranked.map((therapist) => therapist.id);
/** What an unrated therapist earns from alliance: the population mean 4 of 1–5. */
const PRIOR_ALLIANCE = 0.75 * MATCH_WEIGHTS.ALLIANCE;

describe('MATCH_WEIGHTS', () => {
  it('weighs every reason code, positively, adding up to 1', () => {
    expect(Object.keys(MATCH_WEIGHTS).sort()).toEqual([...SCORED_REASON_CODES].sort());
    expect(Object.values(MATCH_WEIGHTS).every((weight) => weight > 0)).toBe(true);
    expect(MAX_MATCH_SCORE).toBeCloseTo(1, 10);
  });
});

describe('rankTherapists scores and reasons', () => {
  const ocdClient = preferences({
    concerns: [{ code: 'OCD', priority: 3 }, { code: 'ANXIETY', priority: 1 }],
    genderPreference: ['WOMAN'],
    communities: ['LGBTQ_AFFIRMING'],
    preferredTimes: { weekdays: [], dayParts: ['MORNING'] },
    budgetMaxMinor: 200_00,
  });
  const strongMatch = candidate({
    id: 'strong',
    specialtyConcerns: ['OCD', 'ANXIETY'],
    modalities: ['ERP', 'CBT'],
    gender: 'WOMAN',
    communities: ['LGBTQ_AFFIRMING'],
    feeMinor: 100_00,
    openSlotStartsMs: [2, 3, 4, 5, 6, 7, 8].map((day) => at(`2026-03-0${day}`, '09:00').getTime()),
    alliance: { count: 40, mean: 4.8 },
  });

  it('explains each part that counts, heaviest first, and sums them into the score', () => {
    const { ranked } = rankTherapists({ candidates: [strongMatch], preferences: ocdClient, today: TODAY, fairnessSeed: 'seed' });
    const [{ score, reasons }] = ranked;
    expect(reasons.map((reason) => [reason.code, reason.text])).toEqual([
      ['CONCERN_FIT', 'Specialises in OCD and anxiety'],
      ['MODALITY_FIT', 'Offers ERP, the first-line therapy for OCD'],
      ['AVAILABILITY_FIT', 'Has 7 open times that fit your mornings'],
      ['GENDER_PREFERENCE', 'A woman, as you preferred'],
      ['ALLIANCE', 'Past clients rate how sessions feel 4.8 out of 5 (40 ratings)'],
      // Equal weights keep the order of MATCH_REASON_CODES.
      ['PRICE_FIT', '$100 a session, within your budget'],
      ['COMMUNITY', 'LGBTQ+ affirming'],
    ]);
    expect(reasons.map((reason) => reason.weight)).toEqual([0.3, 0.15, 0.15, 0.08, 0.0742, 0.06, 0.06]);
    expect(score).toBe(0.8742);
  });

  it('rounds scores and reason weights to 4 decimals', () => {
    const { score, reasons } = scoreCandidate(candidate({ treatedConcerns: ['OCD'] }), { preferences: preferences({ concerns: [{ code: 'OCD', priority: 3 }, { code: 'ANXIETY', priority: 1 }, { code: 'GRIEF', priority: 2 }] }), today: TODAY });
    // Concern fit 1.8 / 6 = 0.3 → 0.09; alliance prior 0.06.
    expect(reasons).toEqual([{ code: 'CONCERN_FIT', text: 'Treats OCD', weight: 0.09 }]);
    expect(score).toBe(0.15);
    const third = scoreCandidate(candidate({ textRelevance: 1 / 3 }), { preferences: preferences({ hasQuery: true }), today: TODAY });
    expect(third.reasons[0].weight).toBe(0.0333);
    expect(third.score).toBe(0.0933);
  });

  it('gives no alliance reason without ratings, but counts the prior in the score', () => {
    const { ranked } = rank([candidate({ alliance: null })]);
    expect(asRead(ranked)).toEqual([{ id: 'therapist-1', score: PRIOR_ALLIANCE, reasons: [], caveats: [] }]);
  });

  it('gives no text reason without a query, even when the engine reports relevance', () => {
    const therapist = candidate({ textRelevance: 0.8 });
    expect(rank([therapist], { hasQuery: false }).ranked[0].reasons).toEqual([]);
    expect(rank([therapist], { hasQuery: true }).ranked[0].reasons).toEqual([
      { code: 'TEXT_RELEVANCE', text: 'Their profile matches what you searched for', weight: 0.08 },
    ]);
  });

  it.each<[string, Partial<TherapistCandidate>, Parameters<typeof preferences>[0]]>([
    ['concern', { specialtyConcerns: ['PTSD'] }, { concerns: [{ code: 'PTSD', priority: 2 }] }],
    ['modality', { modalities: ['DBT'] }, { preferredModalities: ['DBT'] }],
    ['availability', { openSlotStartsMs: [at('2026-03-03', '18:00').getTime()] }, { preferredTimes: { weekdays: [2], dayParts: ['EVENING'] } }],
    ['price', { slidingScale: { minMinor: 40_00, maxMinor: 120_00 } }, { needsSlidingScale: true }],
    ['gender', { gender: 'MAN' }, { genderPreference: ['MAN'] }],
    ['community', { communities: ['VETERANS'] }, { communities: ['VETERANS'] }],
    ['text', { textRelevance: 1 }, { hasQuery: true }],
  ])('a full %s fit adds exactly its weight, with one reason', (_, therapist, client) => {
    const { ranked } = rank([candidate(therapist)], client);
    expect(ranked[0].reasons).toHaveLength(1);
    expect(ranked[0].score).toBeCloseTo(ranked[0].reasons[0].weight + PRIOR_ALLIANCE, 10);
    expect(ranked[0].reasons[0].weight).toBe(MATCH_WEIGHTS[ranked[0].reasons[0].code as keyof typeof MATCH_WEIGHTS]);
  });

  it('validates today and the client’s time zone', () => {
    expect(() => rank([], {}, { today: '2026-02-30' })).toThrow(RangeError);
    expect(() => rank([], { timeZone: 'Mars/Olympus_Mons' })).toThrow(/IANA time zone/);
  });
});

describe('rankTherapists ordering', () => {
  it('orders by score', () => {
    const client = { concerns: [{ code: 'DEPRESSION', priority: 3 as const }] };
    const result = rank([
      candidate({ id: 'treats', treatedConcerns: ['DEPRESSION'] }),
      candidate({ id: 'unrelated' }),
      candidate({ id: 'specialist', specialtyConcerns: ['DEPRESSION'] }),
    ], client);
    expect(ids(result)).toEqual(['specialist', 'treats', 'unrelated']);
  });

  it('ranks 1 rating of 5 below 40 ratings averaging 4.8 (shrinkage)', () => {
    const result = rank([candidate({ id: 'one-five', alliance: { count: 1, mean: 5 } }), candidate({ id: 'forty', alliance: { count: 40, mean: 4.8 } })]);
    expect(ids(result)).toEqual(['forty', 'one-five']);
  });

  it('does not let a poorly rated therapist outrank an unrated one', () => {
    const result = rank([candidate({ id: 'poor', alliance: { count: 30, mean: 2 } }), candidate({ id: 'new', alliance: null })]);
    expect(ids(result)).toEqual(['new', 'poor']);
  });

  it('is deterministic and independent of input order', () => {
    const candidates = ['a', 'b', 'c', 'd', 'e'].map((id, index) => candidate({ id, treatedConcerns: index % 2 === 0 ? ['GRIEF'] : [] }));
    const client = { concerns: [{ code: 'GRIEF', priority: 2 as const }] };
    const first = rank(candidates, client);
    expect(rank(candidates, client)).toEqual(first);
    expect(ids(rank([...candidates].reverse(), client))).toEqual(ids(first));
  });

  it('breaks ties by the fairness seed: same seed same order, other seeds other orders', () => {
    const tied = ['t1', 't2', 't3', 't4', 't5', 't6'].map((id) => candidate({ id }));
    const orderFor = (fairnessSeed: string) => ids(rank(tied, {}, { fairnessSeed })).join(',');
    expect(orderFor('2026-03-02:client-1')).toBe(orderFor('2026-03-02:client-1'));
    const orders = new Set(['client-1', 'client-2', 'client-3', 'client-4', 'client-5'].map((client) => orderFor(`2026-03-02:${client}`)));
    expect(orders.size).toBeGreaterThan(1);
    expect(new Set(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((day) => orderFor(`${day}:client-1`))).size).toBeGreaterThan(1);
  });

  it('treats scores equal after rounding as ties, so the seed decides', () => {
    const near = [candidate({ id: 'x', textRelevance: 0.50001 }), candidate({ id: 'y', textRelevance: 0.5 })];
    const firsts = new Set(Array.from({ length: 40 }, (_, seed) => rank(near, { hasQuery: true }, { fairnessSeed: `s${seed}` }).ranked[0].id));
    expect([...firsts].sort()).toEqual(['x', 'y']);
  });

  it('takes the population mean from the input', () => {
    const [unrated] = rank([candidate()], {}, { allianceMean: 3 }).ranked;
    expect(unrated.score).toBe(0.5 * MATCH_WEIGHTS.ALLIANCE);
  });
});
