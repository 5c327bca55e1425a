import fc from 'fast-check';
import { taxonomySynonymsForSearch } from '@rapport/taxonomy';
import { FACET_ATTRIBUTES, meilisearchIndexSettings, quote, toFacets, toMeiliFilter } from './meilisearch-query';
import { emptyQuery } from './search-engine.port';
import { parseFilter } from './testing/meilisearch-filter';

const TODAY = '2026-11-25';
const BASE = 'status = "ACTIVE" AND licensedUntil >= 20261125';

describe('toMeiliFilter', () => {
  it.each([
    ['no filters: active, licensed today', {}, BASE],
    ['a jurisdiction: licensed there through today', { jurisdiction: 'NY' }, 'status = "ACTIVE" AND jurisdictions = "NY" AND licensedThrough.NY >= 20261125'],
    ['formats as IN', { formats: ['VIDEO', 'PHONE'] }, `${BASE} AND formats IN ["VIDEO", "PHONE"]`],
    ['languages', { languages: ['es'] }, `${BASE} AND languages IN ["es"]`],
    ['concerns: specialties and treated', { concerns: ['OCD', 'PTSD'] }, `${BASE} AND concerns IN ["OCD", "PTSD"]`],
    ['modalities', { modalities: ['ERP'] }, `${BASE} AND modalities IN ["ERP"]`],
    ['genders', { genders: ['WOMAN', 'NON_BINARY'] }, `${BASE} AND gender IN ["WOMAN", "NON_BINARY"]`],
    ['communities', { communities: ['BIPOC'] }, `${BASE} AND communities IN ["BIPOC"]`],
    ['age group: none listed or this one', { ageGroup: 'TEENS' }, `${BASE} AND (ageGroups IS EMPTY OR ageGroups = "TEENS")`],
    ['budget: fee or sliding scale', { maxFeeMinor: 12_000 }, `${BASE} AND (feeMinor <= 12000 OR slidingScaleMinMinor <= 12000)`],
    ['budget 0', { maxFeeMinor: 0 }, `${BASE} AND (feeMinor <= 0 OR slidingScaleMinMinor <= 0)`],
    ['sliding scale only', { slidingScaleOnly: true }, `${BASE} AND slidingScaleMinMinor >= 0`],
    ['accepting new clients', { acceptingNewClients: true }, `${BASE} AND acceptsNewClients = true`],
    ['insurance, lower-cased', { insurance: ' Blue Cross ' }, `${BASE} AND insurance = "blue cross"`],
    ['text is not a filter', { text: 'Amelia' }, BASE],
  ])('%s', (_name, overrides, expected) => {
    expect(toMeiliFilter(emptyQuery(overrides), TODAY)).toBe(expected);
  });

  it('combines every filter with AND', () => {
    const filter = toMeiliFilter(
      emptyQuery({ jurisdiction: 'CA', formats: ['VIDEO'], concerns: ['ANXIETY'], maxFeeMinor: 9_000, acceptingNewClients: true, insurance: 'Aetna' }),
      TODAY,
    );
    expect(filter).toBe(
      'status = "ACTIVE" AND jurisdictions = "CA" AND licensedThrough.CA >= 20261125 AND formats IN ["VIDEO"] AND concerns IN ["ANXIETY"]' +
        ' AND (feeMinor <= 9000 OR slidingScaleMinMinor <= 9000) AND acceptsNewClients = true AND insurance = "aetna"',
    );
  });

  it('quotes and escapes every value, so input cannot change the expression', () => {
    const filter = toMeiliFilter(emptyQuery({ jurisdiction: 'NY" OR status = "SUSPENDED', insurance: 'a\\" OR "x' }), TODAY);
    // (emptyQuery upper-cases the state code and lower-cases the payer id before the engine sees them.)
    expect(filter).toBe('status = "ACTIVE" AND jurisdictions = "NY\\" OR STATUS = \\"SUSPENDED" AND insurance = "a\\\\\\" or \\"x"');
    // Meilisearch's grammar reads three conditions, the values intact.
    expect(parseFilter(filter)).toEqual({
      kind: 'and',
      parts: [
        { kind: 'compare', attribute: 'status', op: '=', value: 'ACTIVE' },
        { kind: 'compare', attribute: 'jurisdictions', op: '=', value: 'NY" OR STATUS = "SUSPENDED' },
        { kind: 'compare', attribute: 'insurance', op: '=', value: 'a\\" or "x' },
      ],
    });
    // Not a two-letter code: no attribute is built from it.
    expect(filter).not.toContain('licensedThrough');
  });

  it('writes amounts as integers and refuses non-numbers', () => {
    expect(toMeiliFilter(emptyQuery({ maxFeeMinor: 12_000.7 }), TODAY)).toContain('feeMinor <= 12000 OR');
    expect(() => toMeiliFilter(emptyQuery({ maxFeeMinor: Number.NaN }), TODAY)).toThrow(RangeError);
  });
});

describe('quote', () => {
  it('round-trips any string through the filter grammar’s escaping', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const quoted = quote(value);
        expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
        const inner = quoted.slice(1, -1);
        // Every quote inside is escaped, and unescaping gives the value back.
        expect(/(^|[^\\])(\\\\)*"/.test(inner)).toBe(false);
        expect(inner.replace(/\\(.)/g, '$1')).toBe(value);
      }),
    );
  });
});

describe('meilisearchIndexSettings', () => {
  const settings = meilisearchIndexSettings();

  it('makes every filtered and faceted attribute filterable', () => {
    const filter = toMeiliFilter(
      emptyQuery({ jurisdiction: 'NY', formats: ['VIDEO'], languages: ['en'], concerns: ['OCD'], modalities: ['ERP'], genders: ['MAN'],
        communities: ['BIPOC'], ageGroup: 'ADULTS', maxFeeMinor: 1, slidingScaleOnly: true, acceptingNewClients: true, insurance: 'x' }),
      TODAY,
    );
    const used = [...filter.matchAll(/(?:^|AND |\(|OR )([a-zA-Z]+)(?:\.[A-Z]{2})? /g)].map((match) => match[1]);
    for (const attribute of [...used, ...Object.values(FACET_ATTRIBUTES), 'licensedUntil', 'specialtyConcerns']) {
      expect(settings.filterableAttributes).toContain(attribute);
    }
  });

  it('searches names, headlines, bios and taxonomy names; sorts by fee; keeps typos and the taxonomy synonyms', () => {
    expect(settings.searchableAttributes).toEqual(['displayName', 'headline', 'bio', 'concernNames', 'modalityNames']);
    expect(settings.sortableAttributes).toEqual(['feeMinor', 'id', 'rotationKey']);
    expect(settings.typoTolerance).toEqual({ enabled: true });
    expect(settings.synonyms).toEqual(taxonomySynonymsForSearch());
    expect(settings.synonyms?.['gottman']).toContain('gottman method couples therapy');
    expect(settings.synonyms?.['ptsd']).toBeDefined();
    expect(Object.keys(settings.synonyms ?? {}).length).toBeGreaterThan(20);
  });
});

describe('toFacets', () => {
  it('maps attributes to facet names, most frequent first', () => {
    const facets = toFacets({
      concerns: { DEPRESSION: 2, ANXIETY: 3, OCD: 2 },
      formats: { VIDEO: 4 },
      priceBand: { '200_PLUS': 1, UNDER_100: 1 },
      communities: {},
      unrelated: { x: 1 },
    });
    expect(facets).toEqual({
      concern: [{ value: 'ANXIETY', count: 3 }, { value: 'DEPRESSION', count: 2 }, { value: 'OCD', count: 2 }],
      modality: [],
      language: [],
      format: [{ value: 'VIDEO', count: 4 }],
      priceBand: [{ value: '200_PLUS', count: 1 }, { value: 'UNDER_100', count: 1 }],
      gender: [],
      community: [],
    });
  });

  it('gives empty facets when Meilisearch sends none', () => {
    expect(Object.values(toFacets(undefined)).every((list) => list.length === 0)).toBe(true);
  });
});
