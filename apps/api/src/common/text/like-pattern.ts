/** A `LIKE`/`ILIKE` pattern for "contains": `%`, `_` and `\` typed by a person match themselves, not any text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
