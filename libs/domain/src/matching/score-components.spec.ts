import { concernFit, concernsByPriority, modalityFit } from './fit-components';
import { concernName, modalityName } from './reason-text';
import { candidate, preferences } from './matching.fixtures';
import type { MatchPreferences, TherapistCandidate } from './matching.types';
import { allianceFit, communityFit, genderFit, priceFit, shrunkAllianceRating, textRelevanceFit } from './preference-components';

type Row = [string, Partial<TherapistCandidate>, Partial<MatchPreferences>, number, string | null];
const NONE = [0, null] as const;
const expectComponent = (actual: { value: number; text: string | null }, value: number, text: string | null) => {
  expect(actual.value).toBeCloseTo(value, 10);
  expect(actual.text).toBe(text);
};

describe('concern fit', () => {
  const OCD_THEN_ANXIETY: Partial<MatchPreferences> = { concerns: [{ code: 'OCD', priority: 3 }, { code: 'ANXIETY', priority: 1 }] };
  it.each<Row>([
    ['specialises in both', { specialtyConcerns: ['ANXIETY', 'OCD'] }, OCD_THEN_ANXIETY, 1, 'Specialises in OCD and anxiety'],
    ['specialises in the main one, treats the other', { specialtyConcerns: ['OCD'], treatedConcerns: ['ANXIETY'] }, OCD_THEN_ANXIETY, 3.6 / 4, 'Specialises in OCD; also treats anxiety'],
    ['treats the main one only', { treatedConcerns: ['OCD'] }, OCD_THEN_ANXIETY, 1.8 / 4, 'Treats OCD'],
    ['specialises in the minor one only', { specialtyConcerns: ['ANXIETY'] }, OCD_THEN_ANXIETY, 1 / 4, 'Specialises in anxiety'],
    ['a specialty listed as treated too counts once, as specialty', { specialtyConcerns: ['OCD'], treatedConcerns: ['OCD'] }, { concerns: [{ code: 'OCD', priority: 2 }] }, 1, 'Specialises in OCD'],
    ['none of them', { specialtyConcerns: ['GRIEF'], treatedConcerns: ['INSOMNIA'] }, OCD_THEN_ANXIETY, ...NONE],
    ['the client named no concerns', { specialtyConcerns: ['OCD'] }, {}, ...NONE],
    ['a concern named twice counts once at its higher priority', { treatedConcerns: ['INSOMNIA'] }, { concerns: [{ code: 'INSOMNIA', priority: 1 }, { code: 'GRIEF', priority: 1 }, { code: 'INSOMNIA', priority: 3 }] }, 1.8 / 4, 'Treats insomnia'],
  ])('%s', (_, therapist, client, value, text) => {
    expectComponent(concernFit(candidate(therapist), preferences(client)), value, text);
  });
});

describe('modality fit', () => {
  it.each<Row>([
    ['offers the one asked for', { modalities: ['CBT', 'DBT'] }, { preferredModalities: ['CBT'] }, 1, 'Offers CBT, which you asked for'],
    ['offers one of two asked for', { modalities: ['DBT'] }, { preferredModalities: ['CBT', 'DBT'] }, 0.5, 'Offers DBT, which you asked for'],
    ['offers both asked for', { modalities: ['DBT', 'CBT'] }, { preferredModalities: ['CBT', 'DBT'] }, 1, 'Offers CBT and DBT, which you asked for'],
    ['a stated preference is not overridden by evidence', { modalities: ['ERP'] }, { preferredModalities: ['CBT'], concerns: [{ code: 'OCD', priority: 3 }] }, ...NONE],
    ['not sure: ERP for OCD', { modalities: ['ERP'] }, { concerns: [{ code: 'OCD', priority: 3 }] }, 1, 'Offers ERP, the first-line therapy for OCD'],
    ['not sure: ACT for anxiety is moderate', { modalities: ['ACT'] }, { concerns: [{ code: 'ANXIETY', priority: 2 }] }, 0.6, 'Offers ACT, which has good evidence for anxiety'],
    ['not sure: the strongest offered link counts', { modalities: ['ACT', 'CBT'] }, { concerns: [{ code: 'ANXIETY', priority: 2 }] }, 1, 'Offers CBT, a first-line therapy for anxiety'],
    ['not sure: concerns without evidence are left out', { modalities: ['ERP'] }, { concerns: [{ code: 'OCD', priority: 1 }, { code: 'GRIEF', priority: 3 }] }, 1, 'Offers ERP, the first-line therapy for OCD'],
    ['not sure: weighted by priority, reason from the weightiest', { modalities: ['EMDR'] }, { concerns: [{ code: 'DEPRESSION', priority: 1 }, { code: 'PTSD', priority: 3 }] }, 3 / 4, 'Offers EMDR, a first-line therapy for PTSD'],
    ['not sure: no linked therapy offered', { modalities: ['PSYCHODYNAMIC'] }, { concerns: [{ code: 'OCD', priority: 3 }] }, ...NONE],
    ['not sure: only concerns without evidence', { modalities: ['CBT'] }, { concerns: [{ code: 'GRIEF', priority: 3 }] }, ...NONE],
  ])('%s', (_, therapist, client, value, text) => {
    expectComponent(modalityFit(candidate(therapist), preferences(client)), value, text);
  });
});

describe('price fit', () => {
  const scale = { minMinor: 60_00, maxMinor: 150_00 };
  it.each<Row>([
    ['half the budget', { feeMinor: 100_00 }, { budgetMaxMinor: 200_00 }, 0.75, '$100 a session, within your budget'],
    ['exactly the budget', { feeMinor: 100_00 }, { budgetMaxMinor: 100_00 }, 0.5, '$100 a session, within your budget'],
    ['cents are shown when there are some', { feeMinor: 99_50 }, { budgetMaxMinor: 199_00 }, 0.75, '$99.50 a session, within your budget'],
    ['over budget (filtered out before scoring)', { feeMinor: 100_00 }, { budgetMaxMinor: 90_00 }, ...NONE],
    ['no budget stated', { feeMinor: 100_00 }, {}, ...NONE],
    ['sliding scale needed, no budget', { slidingScale: scale }, { needsSlidingScale: true }, 1, '$150, sliding scale from $60, as you asked'],
    ['sliding scale needed, no fee, no budget', { feeMinor: null, slidingScale: scale }, { needsSlidingScale: true }, 1, 'Sliding scale from $60, as you asked'],
    ['sliding scale needed, with a budget', { slidingScale: scale }, { needsSlidingScale: true, budgetMaxMinor: 120_00 }, 0.75, '$150, sliding scale from $60, within your budget'],
    ['fee over budget, sliding scale within it', { feeMinor: 195_00, slidingScale: { minMinor: 120_00, maxMinor: 195_00 } }, { budgetMaxMinor: 150_00 }, 0.6, '$195, sliding scale from $120, within your budget'],
    ['fee within budget, sliding scale not needed', { feeMinor: 100_00, slidingScale: scale }, { budgetMaxMinor: 200_00 }, 0.75, '$100 a session, within your budget'],
  ])('%s', (_, therapist, client, value, text) => {
    expectComponent(priceFit(candidate(therapist), preferences(client)), value, text);
  });

  it('scores cheaper higher for the same budget', () => {
    const client = preferences({ budgetMaxMinor: 150_00 });
    expect(priceFit(candidate({ feeMinor: 80_00 }), client).value).toBeGreaterThan(priceFit(candidate({ feeMinor: 120_00 }), client).value);
  });
});

describe('gender, community and text relevance', () => {
  it.each<Row>([
    ['a woman, preferred', { gender: 'WOMAN' }, { genderPreference: ['WOMAN'] }, 1, 'A woman, as you preferred'],
    ['a man, preferred', { gender: 'MAN' }, { genderPreference: ['MAN'] }, 1, 'A man, as you preferred'],
    ['non-binary, one of two preferred', { gender: 'NON_BINARY' }, { genderPreference: ['WOMAN', 'NON_BINARY'] }, 1, 'Non-binary, as you preferred'],
    ['a man, woman preferred', { gender: 'MAN' }, { genderPreference: ['WOMAN'] }, ...NONE],
    ['gender not stated', { gender: null }, { genderPreference: ['WOMAN'] }, ...NONE],
    ['no preference', { gender: 'WOMAN' }, {}, ...NONE],
  ])('gender: %s', (_, therapist, client, value, text) => {
    expectComponent(genderFit(candidate(therapist), preferences(client)), value, text);
  });

  it.each<Row>([
    ['the one named', { communities: ['LGBTQ_AFFIRMING', 'VETERANS'] }, { communities: ['LGBTQ_AFFIRMING'] }, 1, 'LGBTQ+ affirming'],
    ['one of two named', { communities: ['FAITH_BASED'] }, { communities: ['LGBTQ_AFFIRMING', 'FAITH_BASED'] }, 0.5, 'Faith-based'],
    ['both named', { communities: ['FAITH_BASED', 'VETERANS'] }, { communities: ['VETERANS', 'FAITH_BASED'] }, 1, 'Veterans and military families; Faith-based'],
    ['none named', { communities: ['FAITH_BASED'] }, {}, ...NONE],
  ])('community: %s', (_, therapist, client, value, text) => {
    expectComponent(communityFit(candidate(therapist), preferences(client)), value, text);
  });

  it.each<Row>([
    ['with a query', { textRelevance: 0.9 }, { hasQuery: true }, 0.9, 'Their profile matches what you searched for'],
    ['without a query, whatever the engine said', { textRelevance: 0.9 }, { hasQuery: false }, ...NONE],
    ['with a query that did not match', { textRelevance: 0 }, { hasQuery: true }, ...NONE],
    ['relevance outside 0..1 is clamped', { textRelevance: 1.7 }, { hasQuery: true }, 1, 'Their profile matches what you searched for'],
    ['NaN relevance counts as none', { textRelevance: Number.NaN }, { hasQuery: true }, ...NONE],
  ])('text relevance: %s', (_, therapist, client, value, text) => {
    expectComponent(textRelevanceFit(candidate(therapist), preferences(client)), value, text);
  });
});

describe('alliance', () => {
  it.each([
    ['no ratings', null, 4, 4],
    ['a count of zero', { count: 0, mean: 5 }, 4, 4],
    ['1 rating of 5', { count: 1, mean: 5 }, 4, 25 / 6],
    ['5 ratings of 5', { count: 5, mean: 5 }, 4, 4.5],
    ['40 ratings averaging 4.8', { count: 40, mean: 4.8 }, 4, (20 + 192) / 45],
    ['1 rating of 1', { count: 1, mean: 1 }, 4, 21 / 6],
    ['a lower population mean', { count: 5, mean: 5 }, 3, 4],
  ])('%s shrinks to the expected rating', (_, alliance, populationMean, expected) => {
    expect(shrunkAllianceRating(alliance, populationMean)).toBeCloseTo(expected, 10);
  });

  it('counts an unrated therapist at the population mean, without a reason', () => {
    expectComponent(allianceFit(candidate({ alliance: null }), 4), 0.75, null);
    expectComponent(allianceFit(candidate({ alliance: { count: 0, mean: 0 } }), 4), 0.75, null);
  });

  it('normalises the shrunk rating from 1–5 to 0–1 and explains the raw ratings', () => {
    expectComponent(allianceFit(candidate({ alliance: { count: 40, mean: 4.8 } }), 4), (212 / 45 - 1) / 4, 'Past clients rate how sessions feel 4.8 out of 5 (40 ratings)');
    expectComponent(allianceFit(candidate({ alliance: { count: 1, mean: 5 } }), 4), (25 / 6 - 1) / 4, 'Past clients rate how sessions feel 5.0 out of 5 (1 rating)');
  });
});

describe('kept per input', () => {
  it('orders each concern once at its highest priority, and gives the same order again for the same array', () => {
    const concerns: MatchPreferences['concerns'] = [
      { code: 'GRIEF', priority: 1 },
      { code: 'ANXIETY', priority: 2 },
      { code: 'GRIEF', priority: 3 },
      { code: 'TRAUMA', priority: 2 },
    ];
    const ordered = concernsByPriority(concerns);
    expect(ordered).toEqual([
      { code: 'GRIEF', priority: 3 },
      { code: 'ANXIETY', priority: 2 },
      { code: 'TRAUMA', priority: 2 },
    ]);
    expect(concernsByPriority(concerns)).toBe(ordered);
    // The kept order cannot be changed under the next caller.
    expect(Object.isFrozen(ordered)).toBe(true);
    // Another array with other concerns gets its own order.
    expect(concernsByPriority([{ code: 'OCD', priority: 1 }])).toEqual([{ code: 'OCD', priority: 1 }]);
  });

  it('names known codes the same every time, and unknown codes as words', () => {
    expect([concernName('OCD'), concernName('OCD')]).toEqual(['OCD', 'OCD']);
    expect([concernName('ANXIETY'), concernName('ANXIETY')]).toEqual(['anxiety', 'anxiety']);
    expect([modalityName('CBT'), modalityName('CBT')]).toEqual(['CBT', 'CBT']);
    expect(concernName('SOME_NEW_CODE')).toBe('some new code');
    expect(modalityName('SOME_NEW_CODE')).toBe('some new code');
  });
});
