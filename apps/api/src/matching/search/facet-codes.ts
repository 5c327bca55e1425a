import { EntityManager } from '@mikro-orm/postgresql';

export type PairCounts = Map<string, Map<string, number>>;

interface FacetValue {
  facet: string;
  value: string;
}

/**
 * Counts a filtered set's facets from its rows' facet codes (therapist_search_states.facet_chars,
 * migration 20261207000000): one character per (facet, value) a row holds, whose code point is
 * the pair's code (below 32,768, so one UTF-16 unit), the rows' characters concatenated by the
 * statement. The dictionary (therapist_search_facet_values) is read
 * once and again only when a code it lacks turns up: codes never change meaning or go away (a
 * trigger refuses both), so what this process holds stays true.
 */
export class FacetCodes {
  private values: (FacetValue | undefined)[] = [];
  private loading: Promise<void> | null = null;

  constructor(private readonly em: EntityManager) {}

  /** The counts of every (facet, value) in `chars`, and the matching rows' number as 'total'. */
  async count(total: number, chars: string | null): Promise<PairCounts> {
    return this.countTally(total, this.tally(chars ?? ''));
  }

  /**
   * The counts of a tally made elsewhere (StateRowIndex: how many matching rows hold each code, by
   * code), and the matching rows' number as 'total'.
   */
  async countTally(total: number, tally: Int32Array): Promise<PairCounts> {
    if (this.unnamed(tally) >= 0) {
      await this.load();
      const code = this.unnamed(tally);
      if (code >= 0) throw new Error(`facet code ${code} is not in therapist_search_facet_values`);
    }
    return this.named(total, tally);
  }

  /** The first code the tally counts that the dictionary held here does not name, or -1. */
  private unnamed(tally: Int32Array): number {
    for (let code = 0; code < tally.length; code += 1) if (tally[code] > 0 && !this.values[code]) return code;
    return -1;
  }

  /** Counts by (facet, value), from a tally whose every counted code the dictionary names. */
  private named(total: number, tally: Int32Array): PairCounts {
    const counts: PairCounts = new Map([['total', new Map([['', total]])]]);
    for (let code = 0; code < tally.length; code += 1) {
      if (tally[code] === 0) continue;
      const { facet, value } = this.values[code]!;
      const values = counts.get(facet) ?? new Map<string, number>();
      values.set(value, tally[code]);
      counts.set(facet, values);
    }
    return counts;
  }

  /**
   * How many times each code occurs, in one pass over the characters, in an array as long as the
   * dictionary held here; a code past it (one that dictionary lacks: a write to a typed array out
   * of its range is dropped) is caught by `highest`, and the characters counted again into an array
   * that holds it.
   */
  private tally(codes: string): Int32Array {
    const tally = new Int32Array(this.values.length);
    let highest = 0;
    for (let index = 0; index < codes.length; index += 1) {
      const code = codes.charCodeAt(index);
      tally[code] += 1;
      if (code > highest) highest = code;
    }
    if (highest < tally.length || codes.length === 0) return tally;
    const wider = new Int32Array(highest + 1);
    for (let index = 0; index < codes.length; index += 1) wider[codes.charCodeAt(index)] += 1;
    return wider;
  }

  /** Reads the whole dictionary (a hundred-odd rows); concurrent callers share one read. */
  private load(): Promise<void> {
    this.loading ??= this.em
      .getConnection()
      .execute<{ code: number; facet: string; value: string }[]>('select code, facet, value from therapist_search_facet_values')
      .then((rows) => {
        const values: (FacetValue | undefined)[] = [];
        for (const row of rows) values[Number(row.code)] = { facet: row.facet, value: row.value };
        this.values = values;
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }
}
