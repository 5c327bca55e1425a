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

// Fees are US dollars in cents; the marketplace is US-only for now.
const WHOLE_DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const DOLLARS_AND_CENTS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** 6000 → '$60', 6050 → '$60.50'. */
export function formatDollars(amountMinor: number): string {
  return amountMinor % 100 === 0 ? WHOLE_DOLLARS.format(amountMinor / 100) : DOLLARS_AND_CENTS.format(amountMinor / 100);
}

/** 'time' or 'times'. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}
