/**
 * A label as it reads mid-sentence: "Chronic pain" → "chronic pain", while
 * "ADHD", "CBT-I" and "LGBTQ+ identity" keep their capitals. Proper nouns need
 * an explicit `nameInSentence` in the data instead.
 */
export function lowercaseFirstUnlessAcronym(label: string): string {
  const firstWord = label.split(' ')[0] ?? '';
  const isAcronym = firstWord.length > 1 && firstWord === firstWord.toUpperCase();
  return isAcronym ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
