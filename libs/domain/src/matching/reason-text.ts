import { concernNameInSentence, findCommunity, findConcern, findModality, modalityNameInSentence } from '@rapport/taxonomy';

/** 'a', 'a and b', 'a, b and c' (the taxonomy's labels use no serial comma either). */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Unknown codes still read as words: 'SOME_NEW_CODE' → 'some new code'. */
const codeAsWords = (code: string) => code.toLowerCase().replace(/_/g, ' ');

/** 'OCD', 'anxiety', 'chronic pain'. */
export function concernName(code: string): string {
  const concern = findConcern(code);
  return concern === undefined ? codeAsWords(code) : concernNameInSentence(concern);
}

/** 'CBT', 'behavioral activation'. */
export function modalityName(code: string): string {
  const modality = findModality(code);
  return modality === undefined ? codeAsWords(code) : modalityNameInSentence(modality);
}

/** 'LGBTQ+ affirming'. */
export function communityLabel(code: string): string {
  return findCommunity(code)?.label ?? capitalizeFirst(codeAsWords(code));
}

// Money in sentences has one formatter, in libs/domain/src/money.
export { formatDollars } from '../money/money';

/** 'time' or 'times'. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}
