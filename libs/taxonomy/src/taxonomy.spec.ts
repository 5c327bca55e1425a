import {
  AGE_GROUPS,
  COMMUNITIES,
  CONCERNS,
  EVIDENCE_LINKS,
  JURISDICTIONS,
  LANGUAGES,
  LICENSE_TYPES,
  MODALITIES,
  TAXONOMY_VERSION,
  isAgeGroupCode,
  isCommunityCode,
  isConcernCode,
  isJurisdictionCode,
  isLanguageCode,
  isLicenseTypeCode,
  isModalityCode,
} from './index';

const SCREAMING_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

const lists: Array<[string, readonly { code: string }[], (value: unknown) => boolean]> = [
  ['concerns', CONCERNS, isConcernCode],
  ['modalities', MODALITIES, isModalityCode],
  ['license types', LICENSE_TYPES, isLicenseTypeCode],
  ['jurisdictions', JURISDICTIONS, isJurisdictionCode],
  ['communities', COMMUNITIES, isCommunityCode],
  ['languages', LANGUAGES, isLanguageCode],
  ['age groups', AGE_GROUPS, isAgeGroupCode],
];

describe('taxonomy', () => {
  it('is versioned', () => {
    // 1.1.0: insurance payers, approach synonyms, more concern synonyms.
    expect(TAXONOMY_VERSION).toBe('1.1.0');
  });

  describe.each(lists)('%s', (_name, list, isCode) => {
    it('has unique codes', () => {
      const codes = list.map((item) => item.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('recognizes its own codes and nothing else', () => {
      for (const item of list) expect(isCode(item.code)).toBe(true);
      for (const value of ['', 'NOT_A_CODE', ' ANXIETY', 42, null, undefined, {}]) expect(isCode(value)).toBe(false);
    });
  });

  it.each([
    ['concerns', CONCERNS],
    ['modalities', MODALITIES],
    ['license types', LICENSE_TYPES],
    ['communities', COMMUNITIES],
    ['age groups', AGE_GROUPS],
  ])('%s codes are SCREAMING_SNAKE', (_name, list) => {
    for (const { code } of list) expect(code).toMatch(SCREAMING_SNAKE);
  });

  it('type guards are case-sensitive, as codes are stored verbatim', () => {
    expect(isConcernCode('anxiety')).toBe(false);
    expect(isJurisdictionCode('ny')).toBe(false);
    expect(isLanguageCode('EN')).toBe(false);
  });

  it('has roughly the expected size of each list', () => {
    expect(CONCERNS.length).toBeGreaterThanOrEqual(40);
    expect(MODALITIES.length).toBeGreaterThanOrEqual(25);
    expect(LICENSE_TYPES.length).toBeGreaterThanOrEqual(15);
    expect(COMMUNITIES.length).toBeGreaterThanOrEqual(15);
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(30);
    expect(EVIDENCE_LINKS.length).toBeGreaterThanOrEqual(25);
  });

  it('has community tags with unique labels', () => {
    const labels = COMMUNITIES.map((community) => community.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(COMMUNITIES.map((community) => community.code)).toEqual(
      expect.arrayContaining([
        'LGBTQ_AFFIRMING', 'BIPOC', 'FAITH_BASED', 'VETERANS', 'NEURODIVERGENT_AFFIRMING', 'DISABILITY', 'IMMIGRANTS',
      ]),
    );
  });
});
