// Languages a therapist offers sessions in, by ISO 639-1 code (what browsers
// and Intl use), the most spoken at home in the US first after English.

export interface LanguageDefinition {
  readonly code: string;
  /** English name, as Intl.DisplayNames gives it or the name US clients search for. */
  readonly name: string;
}

/**
 * American Sign Language has no ISO 639-1 code. Its BCP 47 tag is "ase" (ISO
 * 639-3); "sgn" would mean any sign language, and "sgn-US" is the deprecated
 * alias of "ase". It is the one code here that is not two letters.
 */
export const AMERICAN_SIGN_LANGUAGE_CODE = 'ase';

const LANGUAGE_LIST = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Spanish' },
  { code: 'zh', name: 'Chinese' },
  { code: 'tl', name: 'Tagalog' },
  { code: 'vi', name: 'Vietnamese' },
  { code: 'ar', name: 'Arabic' },
  { code: 'fr', name: 'French' },
  { code: 'ko', name: 'Korean' },
  { code: 'ru', name: 'Russian' },
  { code: 'pt', name: 'Portuguese' },
  { code: 'ht', name: 'Haitian Creole' },
  { code: 'hi', name: 'Hindi' },
  { code: 'de', name: 'German' },
  { code: 'pl', name: 'Polish' },
  { code: 'it', name: 'Italian' },
  { code: 'ja', name: 'Japanese' },
  { code: 'fa', name: 'Persian' },
  { code: 'ur', name: 'Urdu' },
  { code: 'gu', name: 'Gujarati' },
  { code: 'bn', name: 'Bengali' },
  { code: 'he', name: 'Hebrew' },
  { code: 'uk', name: 'Ukrainian' },
  { code: 'el', name: 'Greek' },
  { code: 'pa', name: 'Punjabi' },
  { code: 'hy', name: 'Armenian' },
  { code: 'am', name: 'Amharic' },
  { code: 'so', name: 'Somali' },
  { code: 'ta', name: 'Tamil' },
  { code: 'te', name: 'Telugu' },
  { code: 'ne', name: 'Nepali' },
  { code: 'tr', name: 'Turkish' },
  { code: AMERICAN_SIGN_LANGUAGE_CODE, name: 'American Sign Language' },
] as const satisfies readonly LanguageDefinition[];

export type LanguageCode = (typeof LANGUAGE_LIST)[number]['code'];

export interface Language extends LanguageDefinition {
  readonly code: LanguageCode;
}

export const LANGUAGES: readonly Language[] = LANGUAGE_LIST;

const LANGUAGE_CODES: ReadonlySet<string> = new Set(LANGUAGES.map((language) => language.code));

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && LANGUAGE_CODES.has(value);
}

export function findLanguage(code: string): Language | undefined {
  return LANGUAGES.find((language) => language.code === code);
}
