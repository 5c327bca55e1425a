import { defaultSettings } from './fake-meilisearch';
import { matchesFilter, parseFilter } from './meilisearch-filter';
import { documentWords, matchText, queryTerms, typoDistance } from './meilisearch-text';

// The fake's model of the server, pinned: if one of these rules is wrong, every test that
// trusts the fake proves less. Each row is behaviour documented for Meilisearch v1.12.
const DOC = {
  id: 'a',
  name: 'Amelia Hartwell',
  tags: ['VIDEO', 'Phone'],
  fee: 12_000,
  sliding: null,
  empty: [],
  through: { NY: 20271231 },
  accepts: true,
};

describe('fake Meilisearch: filter expressions', () => {
  it.each<[string, boolean]>([
    ['tags = "video"', true], // case-insensitive string equality
    ['tags = VIDEO AND fee >= 12000', true],
    ['tags IN ["EMAIL", "phone"]', true],
    ['tags NOT IN ["VIDEO"]', false],
    ['tags != "VIDEO"', false],
    ['missing != "x"', true], // != and NOT IN include documents without the attribute
    ['fee 10000 TO 12000', true],
    ['fee > 12000 OR sliding <= 20000', false], // null never compares
    ['sliding IS NULL AND empty IS EMPTY', true],
    ['sliding EXISTS AND missing NOT EXISTS', true],
    ['through.NY >= 20271231', true], // dotted paths into objects
    ['through.CA >= 1', false],
    ['NOT (accepts = false) AND (fee < 1 OR name = "amelia hartwell")', true],
    ['fee = "12000"', true],
  ])('%s → %s', (filter, expected) => {
    expect(matchesFilter(parseFilter(filter), DOC)).toBe(expected);
  });

  it.each(['fee >', 'tags IN ["a"', '(fee = 1', 'fee = 1 AND', 'fee ! 1'])('refuses %j', (filter) => {
    expect(() => parseFilter(filter)).toThrow();
  });
});

describe('fake Meilisearch: query text', () => {
  const settings = { ...defaultSettings(), stopWords: ['with'], synonyms: { ocd: ['obsessive compulsive'] } };
  const fields = (document: Record<string, unknown>) => documentWords(document, ['name', 'bio']);
  const match = (q: string, document: Record<string, unknown>) => matchText(queryTerms(q, settings), fields(document), settings);

  it.each<[string, Record<string, unknown>, number | null]>([
    ['amelia smith', { name: 'Amelia Hartwell' }, 1], // only the first term: `last` keeps it, `all` does not
    ['amelia hartwell', { name: 'Amelia Hartwell' }, 2],
    ['amelia hartw', { name: 'Amelia Hartwell' }, 2], // the last word is a prefix
    ['hartw amelia', { name: 'Amelia Hartwell' }, null], // earlier words are not
    ['hartwel', { name: 'Amelia Hartwell' }, 1], // 7 letters: one typo
    ['hratwell', { name: 'Amelia Hartwell' }, 1], // a swap is one typo
    ['amlia', { name: 'Amelia Hartwell' }, 1], // 5 letters: one typo
    ['amla', { name: 'Amelia Hartwell' }, null], // 4 letters: no typo
    ['bmelia', { name: 'Amelia Hartwell' }, null], // a typo on the first letter costs two
    ['bartwellia', { name: 'Hartwellia' }, 1], // …which 9 letters can afford
    ['help with worry', { bio: 'Help for worry' }, 2], // stop words are ignored
    ['ocd', { bio: 'Obsessive thoughts and compulsive habits' }, 1], // synonyms
    ['Amélia', { name: 'amelia' }, 1], // accents and case
  ])('%j in %j matches %s leading terms', (q, document, terms) => {
    expect(match(q, document)?.matchedTerms ?? null).toBe(terms);
  });

  it('counts typos as the server does (Damerau-Levenshtein)', () => {
    expect([typoDistance('hartwell', 'hartwell'), typoDistance('hratwell', 'hartwell'), typoDistance('hartwel', 'hartwell'), typoDistance('abc', 'xyz')]).toEqual([0, 1, 1, 3]);
  });
});
