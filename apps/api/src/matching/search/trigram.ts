/**
 * pg_trgm's similarity(a, b), for engines that are not PostgreSQL: words are
 * runs of letters and digits, lower-cased, each padded with two spaces before
 * and one after; the score is shared trigrams over all distinct trigrams.
 * The Postgres engine's name match is `similarity(display_name, text) >= 0.3`
 * (pg_trgm.similarity_threshold's default); a test compares this function
 * with the server's.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.3;

export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const padded = [...`  ${word} `];
    for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3).join(''));
  }
  return set;
}

export function trigramSimilarity(a: string, b: string): number {
  const [x, y] = [trigrams(a), trigrams(b)];
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const trigram of x) if (y.has(trigram)) shared++;
  return shared / (x.size + y.size - shared);
}
