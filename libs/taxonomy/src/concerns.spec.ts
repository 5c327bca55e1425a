import { normalizeForMatching } from './concern-text';
import { CONCERN_CATEGORIES, CONCERNS, concernNameInSentence, findConcern, isConcernCode } from './concerns';

const REQUIRED_CODES = [
  'ANXIETY', 'DEPRESSION', 'OCD', 'PTSD', 'PANIC', 'BPD', 'INSOMNIA', 'GRIEF', 'RELATIONSHIPS', 'BREAKUP',
  'SUBSTANCE_USE', 'EATING_DISORDERS', 'ADHD', 'BIPOLAR', 'TRAUMA', 'SOCIAL_ANXIETY', 'STRESS', 'BURNOUT',
  'SELF_ESTEEM', 'ANGER', 'PARENTING', 'LGBTQ_IDENTITY', 'CHRONIC_ILLNESS', 'PERINATAL',
];

describe('concerns', () => {
  it.each(REQUIRED_CODES)('includes %s', (code) => {
    expect(isConcernCode(code)).toBe(true);
    expect(findConcern(code)?.code).toBe(code);
  });

  it('returns undefined for an unknown code', () => {
    expect(findConcern('HAPPINESS')).toBeUndefined();
  });

  it('puts every concern in a known category and uses every category', () => {
    for (const concern of CONCERNS) expect(CONCERN_CATEGORIES).toContain(concern.category);
    expect(new Set(CONCERNS.map((concern) => concern.category))).toEqual(new Set(CONCERN_CATEGORIES));
  });

  it('writes synonyms in lowercase, as people type them, with no surrounding spaces', () => {
    for (const concern of CONCERNS) {
      for (const synonym of concern.synonyms) {
        expect(synonym).toBe(synonym.toLowerCase());
        expect(synonym).toBe(synonym.trim());
        expect(normalizeForMatching(synonym)).not.toBe('');
      }
    }
  });

  it('gives each name or synonym to one concern only, with no repeats', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const concern of CONCERNS) {
      for (const term of [concern.name, ...concern.synonyms]) {
        const key = normalizeForMatching(term);
        const previous = owner.get(key);
        if (previous !== undefined) clashes.push(`"${term}" in ${concern.code} and ${previous}`);
        owner.set(key, concern.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has the synonyms the intake relies on', () => {
    expect(findConcern('PANIC')?.synonyms).toContain('panic attack');
    expect(findConcern('INSOMNIA')?.synonyms).toContain("can't sleep");
    expect(findConcern('BREAKUP')?.synonyms).toEqual(expect.arrayContaining(['breakup', 'heartbreak']));
    expect(findConcern('DEPRESSION')?.synonyms).toContain('sad all the time');
  });

  it.each([
    ['ANXIETY', 'anxiety'],
    ['OCD', 'OCD'],
    ['PTSD', 'PTSD'],
    ['ADHD', 'ADHD'],
    ['CHRONIC_PAIN', 'chronic pain'],
    ['LGBTQ_IDENTITY', 'LGBTQ+ identity'],
    ['SELF_ESTEEM', 'self-esteem'],
  ])('reads %s mid-sentence as "%s"', (code, expected) => {
    const concern = findConcern(code);
    expect(concern).toBeDefined();
    if (concern) expect(concernNameInSentence(concern)).toBe(expected);
  });
});
