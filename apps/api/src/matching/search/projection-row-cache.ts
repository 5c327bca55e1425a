/**
 * A row version: the tuple's creating transaction and its place, `xmin:ctid`. Every UPDATE writes
 * a new tuple (a new place, and a new xmin from another transaction), so a row whose version
 * reads the same has not been written since; a place is reused only after its old tuple is dead
 * and vacuumed, by a later transaction.
 */
export type RowVersion = string;

/** The RowVersion of a row of the table (or alias) `table`, in SQL. */
export function rowVersionOf(table: string): string {
  return `${table}.xmin::text || ':' || ${table}.ctid::text`;
}

interface Kept<Raw, Row> {
  version: RowVersion;
  raw: Raw;
  /** The row as last derived from `raw`, and until when (epoch ms) it reads the same with no write. */
  row: Row;
  rowUntilMs: number;
}

/**
 * Read-model rows as this process last read them, each with its row version, so a search reads
 * only the versions of its 400 candidates and fetches again just the rows written since: parsing
 * those 400 rows (some 80 open times each) was the largest single cost of a computed search in
 * the API. Nothing is served on time alone: every use checks the version just read from the
 * database, so a kept row is exactly the stored row. What depends on the clock (open times
 * entering or leaving the bookable window, an expiring summary) is derived again from the raw
 * row once the derived row's own `unchangedUntilMs` has passed. Least recently used rows leave
 * first, past `capacity`; a caller holds the rows it was given, so eviction never takes a row
 * from a search in progress.
 */
export class ProjectionRowCache<Raw, Row extends { unchangedUntilMs: number }> {
  private readonly kept = new Map<string, Kept<Raw, Row>>();

  constructor(
    readonly capacity: number,
    private readonly derive: (raw: Raw, now: Date) => Row,
  ) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive whole number, got ${capacity}`);
  }

  get size(): number {
    return this.kept.size;
  }

  /**
   * The rows held at exactly these versions, as of `now` (the same object while a row reads the
   * same, so per-row work keyed on it, such as the ranking's slot codes, is reused), and the ids
   * this process does not hold at that version.
   */
  take(versions: ReadonlyMap<string, RowVersion>, now: Date): { rows: Map<string, Row>; missing: string[] } {
    const rows = new Map<string, Row>();
    const missing: string[] = [];
    for (const [id, version] of versions) {
      const entry = this.kept.get(id);
      if (entry === undefined || entry.version !== version) {
        missing.push(id);
        continue;
      }
      // Most recently used last: a delete and a set move it.
      this.kept.delete(id);
      this.kept.set(id, entry);
      if (now.getTime() >= entry.rowUntilMs) {
        entry.row = this.derive(entry.raw, now);
        entry.rowUntilMs = entry.row.unchangedUntilMs;
      }
      rows.set(id, entry.row);
    }
    return { rows, missing };
  }

  /** Keeps a row read at `version` (replacing an older one) and gives it as of `now`; the least recently used leave past capacity. */
  put(id: string, version: RowVersion, raw: Raw, now: Date): Row {
    const row = this.derive(raw, now);
    this.kept.delete(id);
    this.kept.set(id, { version, raw, row, rowUntilMs: row.unchangedUntilMs });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.capacity) break;
      this.kept.delete(oldest);
    }
    return row;
  }
}
