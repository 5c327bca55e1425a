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
  id: string;
  /** keyOf's for the id (-1 for none): its place in `byKey`. */
  key: number;
  version: RowVersion;
  raw: Raw;
  /** The row as last derived from `raw`, and until when (epoch ms) it reads the same with no write. */
  row: Row;
  rowUntilMs: number;
  /** When it was last kept or given, on the cache's own count of uses: the least recent leave first. */
  usedAt: number;
}

/**
 * Read-model rows as this process last read them, each with its row version, so a search reads
 * only the versions of its 400 candidates and fetches again just the rows written since: parsing
 * those 400 rows (some 80 open times each) was the largest single cost of a computed search in
 * the API. Nothing is served on time alone: every use checks the version just read from the
 * database, so a kept row is exactly the stored row. What depends on the clock (open times
 * entering or leaving the bookable window, an expiring summary) is derived again from the raw
 * row once the derived row's own `unchangedUntilMs` has passed. Least recently used rows leave
 * first, past `capacity`, a sixteenth of it at a time; a caller holds the rows it was given, so
 * eviction never takes a row from a search in progress.
 *
 * A use is a number on the entry, not a move to the end of the Map: deleting and setting each of
 * a search's 400 rows took 0.11–0.12 ms a search in a loop of its own (a Map of 20,000 or 100,000;
 * numbering them, 0.003), and each delete leaves a hole V8 closes by copying the table; side by
 * side, the API spent 0.8–1.0 ms less CPU a computed search without it (bench/search/README.md,
 * thirty-eighth run). Eviction finds the least recent by those numbers, once per sixteenth of
 * capacity put past it.
 */
export class ProjectionRowCache<Raw, Row extends { unchangedUntilMs: number }> {
  private readonly kept = new Map<string, Kept<Raw, Row>>();
  /** The same entries by `keyOf`'s key, for callers that hold their ids' keys (takeAt). */
  private readonly byKey: (Kept<Raw, Row> | undefined)[] = [];
  /** Uses so far: each take of a row and each put numbers it with the next. */
  private uses = 0;
  /** How many leave at once past capacity, beyond those over it (none for a small cache: exactly least recently used). */
  private readonly evictionBatch: number;

  constructor(
    readonly capacity: number,
    private readonly derive: (raw: Raw, now: Date) => Row,
    /** Each id's key (a small whole number, never another id's; -1 for none), for takeAt; none without. */
    private readonly keyOf: (id: string) => number = () => -1,
  ) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive whole number, got ${capacity}`);
    this.evictionBatch = Math.floor(capacity / 16);
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
      const row = this.rowAt(this.kept.get(id), id, version, now);
      if (row === undefined) missing.push(id);
      else rows.set(id, row);
    }
    return { rows, missing };
  }

  /**
   * take, for ids given with their versions and keys (`keyOf`'s; -1 reads by id) in arrays of one
   * order: each one's row at its position (undefined where not held at that version), and the
   * positions not held. A key reaches its row as an array index: a search's 400 lookups by id in a
   * Map of every row held (87,000 at 100k) missed the CPU's caches: with the rows found in a Map,
   * 408 µs for 400 in a loop of its own with the caches emptied between searches, against 55 by index
   * into an array (bench/search/README.md, sixty-fourth run).
   */
  takeAt(ids: readonly string[], versions: readonly RowVersion[], keys: ArrayLike<number>, now: Date): { rows: (Row | undefined)[]; missing: number[] } {
    const rows = new Array<Row | undefined>(ids.length);
    const missing: number[] = [];
    for (let at = 0; at < ids.length; at += 1) {
      const id = ids[at];
      const key = keys[at];
      const row = this.rowAt(key >= 0 ? this.byKey[key] : this.kept.get(id), id, versions[at], now);
      if (row === undefined) missing.push(at);
      rows[at] = row;
    }
    return { rows, missing };
  }

  /** The entry's row as of `now` if it holds `id` at exactly `version` (a use of it), else undefined. */
  private rowAt(entry: Kept<Raw, Row> | undefined, id: string, version: RowVersion, now: Date): Row | undefined {
    if (entry === undefined || entry.version !== version || entry.id !== id) return undefined;
    // The caller's string from now on: callers hold their versions (StateRowIndex does, while a
    // state's rows stand), and the same string compares by reference, not character by character.
    entry.version = version;
    entry.usedAt = ++this.uses;
    if (now.getTime() >= entry.rowUntilMs) {
      entry.row = this.derive(entry.raw, now);
      entry.rowUntilMs = entry.row.unchangedUntilMs;
    }
    return entry.row;
  }

  /** Keeps a row read at `version` (replacing an older one) and gives it as of `now`; the least recently used leave past capacity. */
  put(id: string, version: RowVersion, raw: Raw, now: Date): Row {
    const row = this.keep(id, version, raw, now);
    if (this.kept.size > this.capacity) this.evictLeastRecentlyUsed(this.kept.size - this.capacity + this.evictionBatch);
    return row;
  }

  /**
   * Keeps a row read at `version` only if this process holds none of that therapist and the cache
   * has room: a warm-up's read never replaces a row a search kept (maybe a newer version, read
   * since) and never evicts one: it fills only the room searches have left. Says which it did.
   */
  keepIfRoom(id: string, version: RowVersion, raw: Raw, now: Date): 'kept' | 'held already' | 'full' {
    if (this.kept.has(id)) return 'held already';
    if (this.kept.size >= this.capacity) return 'full';
    this.keep(id, version, raw, now);
    return 'kept';
  }

  /** Holds the row derived from `raw` as of `now`, as the most recent use. */
  private keep(id: string, version: RowVersion, raw: Raw, now: Date): Row {
    const row = this.derive(raw, now);
    const entry: Kept<Raw, Row> = { id, key: this.kept.get(id)?.key ?? this.keyOf(id), version, raw, row, rowUntilMs: row.unchangedUntilMs, usedAt: ++this.uses };
    this.kept.set(id, entry);
    if (entry.key >= 0) {
      // Filled up to the key first: an index far past the array's end would turn it into a dictionary, as slow to read as the Map.
      while (this.byKey.length < entry.key) this.byKey.push(undefined);
      this.byKey[entry.key] = entry;
    }
    return row;
  }

  /** Lets the `count` least recently used rows go. */
  private evictLeastRecentlyUsed(count: number): void {
    const uses = Float64Array.from(this.kept.values(), (entry) => entry.usedAt).sort();
    // Uses are distinct: every row used before the count-th least recent use goes.
    const lastToGo = uses[Math.min(count, uses.length) - 1];
    for (const [id, entry] of this.kept) {
      if (entry.usedAt > lastToGo) continue;
      this.kept.delete(id);
      if (entry.key >= 0) this.byKey[entry.key] = undefined;
    }
  }
}
