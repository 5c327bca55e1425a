import { AMERICAN_SIGN_LANGUAGE_CODE, LANGUAGES, findLanguage, isLanguageCode } from './languages';

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

describe('languages', () => {
  it('uses two lowercase letters (ISO 639-1), except the documented ASL tag', () => {
    for (const { code } of LANGUAGES) {
      if (code === AMERICAN_SIGN_LANGUAGE_CODE) continue;
      expect(code).toMatch(/^[a-z]{2}$/);
    }
    expect(AMERICAN_SIGN_LANGUAGE_CODE).toBe('ase');
  });

  it('uses codes Intl recognizes as languages', () => {
    expect(displayNames.of('sgn')).toBeUndefined();
    for (const { code } of LANGUAGES) expect([code, displayNames.of(code)]).toEqual([code, expect.any(String)]);
  });

  it('names ASL as Intl does', () => {
    expect(displayNames.of(AMERICAN_SIGN_LANGUAGE_CODE)).toBe('American Sign Language');
    expect(findLanguage(AMERICAN_SIGN_LANGUAGE_CODE)?.name).toBe('American Sign Language');
  });

  it.each([
    ['en', 'English'],
    ['es', 'Spanish'],
    ['zh', 'Chinese'],
    ['ht', 'Haitian Creole'],
    ['fa', 'Persian'],
    ['uk', 'Ukrainian'],
  ])('%s is %s', (code, name) => {
    expect(isLanguageCode(code)).toBe(true);
    expect(findLanguage(code)?.name).toBe(name);
  });

  it('has unique names', () => {
    const names = LANGUAGES.map((language) => language.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
