import * as fc from 'fast-check';
import { concernSynonymsForSearch, matchConcernsInText, normalizeForMatching } from './concern-text';
import { CONCERNS } from './concerns';

describe('normalizeForMatching', () => {
  it.each([
    ['Can’t SLEEP!!', 'cant sleep'],
    ["can't sleep", 'cant sleep'],
    ['self-harm', 'self harm'],
    ['  Naïve   café ', 'naive cafe'],
    ['LGBTQ+ and 2 more', 'lgbtq and 2 more'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForMatching(input)).toBe(expected);
  });
});

describe('matchConcernsInText', () => {
  it.each([
    ["I keep having panic attacks and can't sleep", ['PANIC', 'INSOMNIA']],
    ['my breakup', ['BREAKUP']],
    ['I can’t sleep since the heartbreak', ['INSOMNIA', 'BREAKUP']],
    ['cant sleep', ['INSOMNIA']],
    ['I have been sad all the time and anxious at work', ['DEPRESSION', 'ANXIETY']],
    ['Can’t sleep because of grief', ['INSOMNIA', 'GRIEF']],
    ['PTSD from the war, and OCD.', ['PTSD', 'OCD']],
    ['SELF-HARM', ['SELF_HARM']],
    ['going through a divorce', ['DIVORCE']],
    ['my relationships keep failing', ['RELATIONSHIPS']],
    ['anxiety, anxiety and more anxiety', ['ANXIETY']],
  ])('%j → %j', (text, expected) => {
    expect(matchConcernsInText(text)).toEqual(expected);
  });

  it.each([
    ['social anxiety at parties', ['SOCIAL_ANXIETY']],
    ['health anxiety', ['HEALTH_ANXIETY']],
    ['childhood trauma', ['CHILDHOOD_TRAUMA']],
    ['postpartum depression', ['PERINATAL']],
    ['binge drinking on weekends', ['SUBSTANCE_USE']],
  ])('prefers the longest term: %j → %j', (text, expected) => {
    expect(matchConcernsInText(text)).toEqual(expected);
  });

  it.each([
    ["I'm Hispanic and new in town", 'PANIC'],
    ['my job as an ambassador', 'DEPRESSION'],
    ['stranger danger', 'ANGER'],
    ['it takes courage to clear the storage', 'ANGER'],
    ['a crusade for better care', 'DEPRESSION'],
    ['we added a gadget', 'ANXIETY'],
    ['a bipolarity of views', 'BIPOLAR'],
  ])('finds no short synonym inside another word: %j has no %s', (text, code) => {
    expect(matchConcernsInText(text)).not.toContain(code);
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(matchConcernsInText('')).toEqual([]);
    expect(matchConcernsInText('I would like an evening appointment on Tuesdays')).toEqual([]);
  });

  it('maps every name and synonym, on its own, to its own concern', () => {
    for (const concern of CONCERNS) {
      for (const term of [concern.name, ...concern.synonyms]) {
        expect([term, matchConcernsInText(term)]).toEqual([term, [concern.code]]);
      }
    }
  });

  it('finds a term whatever its case and the punctuation around it', () => {
    const terms = CONCERNS.flatMap((concern) =>
      [concern.name, ...concern.synonyms].map((term) => ({ term, code: concern.code })),
    );
    const separator = fc.constantFrom(' ', '. ', ', ', '!', '?', '\n', ' (', ') ', '"', ': ');
    fc.assert(
      fc.property(fc.constantFrom(...terms), separator, separator, fc.boolean(), ({ term, code }, before, after, shout) => {
        const text = `Lately${before}${shout ? term.toUpperCase() : term}${after}that is all`;
        expect(matchConcernsInText(text)).toContain(code);
      }),
    );
  });

  it('returns known codes without repeats for any text', () => {
    const codes = new Set<string>(CONCERNS.map((concern) => concern.code));
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const found = matchConcernsInText(text);
        expect(new Set(found).size).toBe(found.length);
        for (const code of found) expect(codes.has(code)).toBe(true);
      }),
    );
  });
});

describe('concernSynonymsForSearch', () => {
  const synonyms = concernSynonymsForSearch();

  it('links each synonym to its concern name and back', () => {
    expect(synonyms['heartbreak']).toContain('breakups');
    expect(synonyms['breakups']).toEqual(expect.arrayContaining(['breakup', 'heartbreak']));
    expect(synonyms["can't sleep"]).toContain('insomnia and sleep problems');
    expect(synonyms['panic attack']).toContain('panic attacks');
  });

  it('has lowercase keys and values, none mapping to itself or to nothing', () => {
    for (const [key, values] of Object.entries(synonyms)) {
      expect(key).toBe(key.toLowerCase());
      expect(values.length).toBeGreaterThan(0);
      expect(values).not.toContain(key);
      for (const value of values) expect(value).toBe(value.toLowerCase());
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('covers every concern and survives a JSON round trip', () => {
    for (const concern of CONCERNS) expect(synonyms[concern.name.toLowerCase()]).toBeDefined();
    expect(JSON.parse(JSON.stringify(synonyms))).toEqual(synonyms);
  });

  it('returns a fresh object each call', () => {
    const first = concernSynonymsForSearch();
    first['heartbreak']?.push('mutated');
    expect(concernSynonymsForSearch()['heartbreak']).not.toContain('mutated');
  });
});
