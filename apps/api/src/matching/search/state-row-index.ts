import { EntityManager } from '@mikro-orm/postgresql';
import { dayNumberOf } from '@rapport/domain';
import { uuidArray } from '../../common/sql/uuid-array';
import { RowVersion, rowVersionOf } from './projection-row-cache';
import { Candidate, isWholeState, Rotation, rotationStartId, SearchQuery } from './search-engine.port';
import { sharedId, therapistKey } from './shared-ids';
import { ExpandedText, TAXONOMY_RELEVANCE } from './text-expansion';

/**
 * The arrays a filter or the cover tests, each kept as a bit mask (`<column>_mask`) in a state's
 * rows, and the facet whose bits (search_filter_bits) it uses: PostgresSearchEngine's SQL tests and
 * this index's typed columns read the same table.
 */
export const MASKED_FACETS = {
  formats: 'format',
  languages: 'language',
  concerns: 'concern',
  specialty_concerns: 'concern',
  treated_concerns: 'concern',
  modalities: 'modality',
  communities: 'community',
  age_groups: 'age_group',
} as const;
export type MaskedColumn = keyof typeof MASKED_FACETS;
const MASKED = Object.keys(MASKED_FACETS) as MaskedColumn[];

/** A 64-bit mask as two 32-bit halves (JavaScript's bitwise operators take 32 bits). */
interface Halves {
  lo: number;
  hi: number;
}

/** One state's rows as columns, in therapist id order, as one statement read them with the state's version. */
interface StateRows {
  version: string;
  /** facet → value → bit, as search_filter_bits held when the rows were read (bits only ever grow). */
  bits: Map<string, Map<string, number>>;
  size: number;
  ids: string[];
  /** Each row's therapistKey, given with its candidate. */
  keys: Int32Array;
  accepting: Uint8Array;
  /** License expiries as day numbers (dayNumberOf). */
  earliest: Int32Array;
  latest: Int32Array;
  gender: (string | null)[];
  /** NaN for null. */
  fee: Float64Array;
  slidingMin: Float64Array;
  masks: Record<MaskedColumn, { lo: Uint32Array; hi: Uint32Array }>;
  /** Row i's facet codes are codes[codeStarts[i] .. codeStarts[i + 1]). */
  codeStarts: Int32Array;
  codes: Uint16Array;
  highestCode: number;
}

/**
 * A search's words: the taxonomy's reading of them, and the statement finding and scoring the
 * state's rows whose name or document hold them (columns therapist_id, score: a float8).
 */
export interface StateText {
  expanded: ExpandedText;
  matches: { sql: string; params: unknown[] };
}

/** The words' part of a search, per row of the state: its score where its text matched, and the masks of what they name in the taxonomy. */
interface Scoring {
  /** NaN where the row's name and document did not match. */
  scores: Float64Array;
  concerns: Halves;
  modalities: Halves;
}

/** A filtered set's answer from a state's rows, before its doubtful rows' licenses are checked. */
interface Matched {
  total: number;
  /** How many matching rows hold each facet code. */
  tally: Int32Array;
  /** Matching rows in candidates' order, enough to fill `limit` after every doubtful one is dropped. */
  ordered: number[];
  /** Each matching row's relevance (0 without words), by row. */
  relevance: Float64Array | null;
  /** Matching rows whose earliest license expired before today: valid only if one in the state is still. */
  doubtful: number[];
}

/** What candidatesAndCounts answers, with the facet codes' tally for the caller to name. */
export interface StateAnswer {
  candidates: Candidate[];
  total: number;
  tally: Int32Array;
}

type RawRow = [string, number, number, number, string | null, number | null, number | null, ...(number | string)[]];

/**
 * A state's candidates' row versions as read while its row version (therapist_search_row_versions)
 * was `rowsVersion`: every write to a therapist_search row licensed in the state moves it in the
 * writing transaction, so while a statement reads the same, these are the rows' versions in its
 * snapshot. Candidates of the state are rows licensed there (its therapist_search_states rows are
 * one per license state of a therapist_search row).
 */
interface RowVersions {
  rowsVersion: string;
  /**
   * The held rows they are laid out on: row i's version is byRow[i] (undefined until read). By
   * position, not by id: a search looked up each of its 400 candidates' ids in a Map of every
   * version held in the state, 1.2 % of a computed search's API CPU samples at 100k.
   */
  rows: StateRows;
  byRow: (RowVersion | undefined)[];
}

/** How many times a search reloads a state whose version moved under it before answering from SQL. */
const ATTEMPTS = 3;

/**
 * A state's rows whose name or document matched a search's words, with their scores, as one statement
 * read them while the state's row version was `rowsVersion`. Text rows (therapist_search_state_texts)
 * are written only with a write to a therapist_search row licensed in their state, which moves that
 * version in its transaction (the rebuild moves every state's after its rewrite, in the same
 * transaction): while a search's statement reads the same, these are the matches in its snapshot.
 */
interface TextMatches {
  rowsVersion: string;
  matches: [string, number][];
}

/**
 * How many matched rows the held words' matches may hold in all, least recently used out first:
 * about 100 bytes each (an id and a score), so 10 MB. TX "trauma" matches 1,431 rows at 100k.
 */
export const TEXT_MATCHES_HELD = 100_000;

/**
 * A state's filtered sets (filters, concerns to cover, words), answered from that state's
 * therapist_search_states rows held in this process: their filter, total, facet codes and first
 * candidates in JavaScript over typed columns, where PostgreSQL's statement read and sorted every
 * matching row of the covering index each search. One statement a search stays (two with words):
 * it reads the state's version (migration 20261216000000), the licenses of the few rows whose
 * earliest expiry has passed, and the candidates' row versions, in one snapshot. When the version
 * is the one the rows were read under, that statement would have read the same rows; when it moved,
 * the state is read again and the answer computed again. The candidates' row versions are read only
 * for those this index has not seen while the state's row version (migration 20261217000000, moved by
 * every write to a therapist_search row licensed there) stays what it was: until it moves, the versions
 * it read are the rows' versions still (a statement sends only those ids; when it finds the row version
 * moved, one more reads all of them). Words are found and scored in the state's
 * text partition by a statement before it (PostgreSQL's trigrams and full-text ranking, as the SQL
 * engine's), which the rows held here then join by id: the rows were the same in its snapshot,
 * since versions only grow. That statement reads the state's row version too, and its matches are
 * held per state and words (TextMatches): a search with the same words sends none while its
 * statement reads the same row version, and matches them again when it has moved. A whole state is
 * a set too (no filter); insurance stays in SQL.
 */
export class StateRowIndex {
  private readonly states = new Map<string, StateRows>();
  private readonly loading = new Map<string, Promise<StateRows>>();
  /** Per state, the candidates' row versions read while its row version was `rowsVersion` (see RowVersions). */
  private readonly rowVersions = new Map<string, RowVersions>();
  /** Words' matches per state and words (`textKey`), in least recently used order. */
  private readonly texts = new Map<string, TextMatches>();
  private textsHeld = 0;

  /** `textMatchesHeld`: how many matched rows the held words' matches may hold in all (TEXT_MATCHES_HELD). */
  constructor(
    private readonly em: EntityManager,
    private readonly textMatchesHeld = TEXT_MATCHES_HELD,
  ) {}

  /** Whether this index answers `query` (a state, no insurance). */
  static answers(query: SearchQuery): boolean {
    return query.jurisdiction !== null && query.insurance === null;
  }

  /**
   * The first `limit` candidates in the SQL engine's order (cover, then ids from the rotation's
   * start), with row versions, the set's total and its facet codes' tally; null when the state's
   * version kept moving (the caller answers from SQL). With `text`, the order starts with relevance,
   * as the SQL engine's: the better of the words' score and the taxonomy's.
   */
  async candidatesAndCounts(query: SearchQuery, limit: number, rotation: Rotation, today: string, text: StateText | null = null): Promise<StateAnswer | null> {
    const jurisdiction = query.jurisdiction!;
    const todayNumber = dayNumberOf(today);
    const start = rotationStartId(rotation);
    let rows = this.states.get(jurisdiction) ?? (await this.load(jurisdiction, null));
    // Words matched before under a row version the statement below may find moved; read afresh otherwise.
    let heldText = text && this.heldTextMatches(text);
    let found = heldText || (text && (await this.textMatches(jurisdiction, text)));
    // Set once the state's row version is found moved since the held versions were read: they may then
    // be older than this snapshot's rows, so every candidate's version is read (one statement more).
    let readAll = false;
    // The rows' answer, computed again only when they are read again (not for the read-all statement).
    let matched: Matched | null = null;
    for (let attempt = 0; attempt < ATTEMPTS; ) {
      matched ??= match(rows, query, todayNumber, start, limit, text && found && scoringOf(rows, text.expanded, found.matches));
      // Versions laid out on other rows (read before the state's were read again) are not held for these.
      const latest: RowVersions | undefined = readAll ? undefined : this.rowVersions.get(jurisdiction);
      const held: RowVersions | undefined = latest?.rows === rows ? latest : undefined;
      // Only the candidates whose versions are not held are sent and read: 400 ids were most of
      // the statement's text (15 KB a search, escaped, written and parsed as uuids) when none was.
      // Each one's held version is looked up once, here, and given to answerOf by its position with those read.
      const versions = new Array<RowVersion | undefined>(matched.ordered.length);
      const asked: string[] = [];
      const askedAt: number[] = [];
      for (let at = 0; at < matched.ordered.length; at += 1) {
        const version = held?.byRow[matched.ordered[at]];
        versions[at] = version;
        if (version !== undefined) continue;
        asked.push(rows.ids[matched.ordered[at]]);
        askedAt.push(at);
      }
      const [sql, params] = versionsStatement(jurisdiction, today, matched.doubtful.map((index) => rows.ids[index]), asked);
      const [row] = await this.em.getConnection().execute<VersionsRow[]>(sql, params);
      if ((row.version ?? '0') !== rows.version) {
        attempt += 1;
        rows = await this.load(jurisdiction, rows);
        matched = null;
        continue;
      }
      // A row of the state was written since the words were matched (its name or document maybe) or
      // the versions held were read: they may be older than this snapshot's. The words are matched
      // again (as fresh as a search's words were before they were held), every candidate's version read.
      const wordsMoved = heldText !== null && row.rows_version !== heldText.rowsVersion;
      const versionsMoved: boolean = held !== undefined && row.rows_version !== held.rowsVersion && asked.length < matched.ordered.length;
      if (wordsMoved || versionsMoved) {
        readAll ||= versionsMoved;
        if (wordsMoved) {
          heldText = null;
          found = await this.textMatches(jurisdiction, text!);
          matched = null;
        }
        continue;
      }
      // The versions held were read under this row version (else versionsMoved, or none was held); those read join them.
      // Those read take their candidates' places beside those held, and are held by row for the next search.
      const read = row.versions ?? [];
      const readByRow: [number, RowVersion][] = [];
      if (read.length > 0) {
        const readVersions = new Map(read);
        for (let k = 0; k < askedAt.length; k += 1) {
          const version = readVersions.get(asked[k]);
          if (version === undefined) continue;
          versions[askedAt[k]] = version;
          readByRow.push([matched.ordered[askedAt[k]], version]);
        }
      }
      this.keepRowVersions(jurisdiction, rows, held, row.rows_version, readByRow);
      return answerOf(rows, matched, new Set(row.lapsed ?? []), versions, limit);
    }
    return null;
  }

  /**
   * The state's rows whose words match, with their scores (float8s, as JSON numbers they round-trip
   * exactly) and the state's row version in the same snapshot; held for the next search with the same words.
   */
  private async textMatches(jurisdiction: string, text: StateText): Promise<TextMatches> {
    const [row] = await this.em.getConnection().execute<{ rows_version: string; matches: [string, number][] }[]>(
      `select coalesce((select version from therapist_search_row_versions where jurisdiction = ?), 0)::text as rows_version,
         (select coalesce(json_agg(json_build_array(x.therapist_id, x.score)), '[]') from (${text.matches.sql}) x) as matches`,
      [jurisdiction, ...text.matches.params],
    );
    const found = { rowsVersion: row.rows_version, matches: row.matches };
    this.holdTextMatches(textKey(text), found);
    return found;
  }

  /** The words' matches held, as most recently used; the search's statement says whether they still stand. */
  private heldTextMatches(text: StateText): TextMatches | null {
    const key = textKey(text);
    const held = this.texts.get(key);
    if (!held) return null;
    this.texts.delete(key);
    this.texts.set(key, held);
    return held;
  }

  private holdTextMatches(key: string, found: TextMatches): void {
    const before = this.texts.get(key);
    if (before) {
      // Row versions only grow: an older read never replaces a newer one.
      if (BigInt(before.rowsVersion) > BigInt(found.rowsVersion)) return;
      this.texts.delete(key);
      this.textsHeld -= before.matches.length;
    }
    if (found.matches.length > this.textMatchesHeld) return;
    this.texts.set(key, found);
    this.textsHeld += found.matches.length;
    for (const [oldest, held] of this.texts) {
      if (this.textsHeld <= this.textMatchesHeld) break;
      this.texts.delete(oldest);
      this.textsHeld -= held.matches.length;
    }
  }

  /**
   * Holds the row versions a search's statement read (`read`: positions in `rows` with their
   * versions, under the state's row version `rowsVersion`) with those held under the same row
   * version: those held were read while no row of the state had been written since, so they are the
   * rows' versions in this statement's snapshot too. A moved row version starts the state's held
   * versions afresh, laid out on `rows` (row versions only grow: an older one never replaces a newer).
   */
  private keepRowVersions(jurisdiction: string, rows: StateRows, held: RowVersions | undefined, rowsVersion: string, read: readonly [number, RowVersion][]): void {
    if (held?.rowsVersion === rowsVersion) {
      for (const [index, version] of read) held.byRow[index] = version;
      return;
    }
    // Row versions only grow; at the same one, versions laid out on the rows held now replace those on rows read before them.
    const latest = this.rowVersions.get(jurisdiction);
    const newer = !latest || BigInt(latest.rowsVersion) < BigInt(rowsVersion);
    const sameOnCurrentRows = latest?.rowsVersion === rowsVersion && latest.rows !== rows && this.states.get(jurisdiction) === rows;
    if (!newer && !sameOnCurrentRows) return;
    const byRow = new Array<RowVersion | undefined>(rows.size).fill(undefined);
    for (const [index, version] of read) byRow[index] = version;
    this.rowVersions.set(jurisdiction, { rowsVersion, rows, byRow });
  }

  /**
   * Reads every state's rows that this process does not hold yet (those with a state version: every
   * state that has had a listed therapist), one state a statement; stops between states once
   * `signal` aborts. Returns how many rows it read.
   */
  async warm(signal?: AbortSignal): Promise<number> {
    const states = await this.em.getConnection().execute<{ jurisdiction: string }[]>(`select jurisdiction from therapist_search_state_versions order by jurisdiction`);
    let read = 0;
    for (const { jurisdiction } of states) {
      if (signal?.aborted) break;
      if (this.states.has(jurisdiction)) continue;
      read += (await this.load(jurisdiction, null)).size;
    }
    return read;
  }

  /** Reads a state's rows again unless another search already has since `stale` was read; concurrent callers share one read. */
  private load(jurisdiction: string, stale: StateRows | null): Promise<StateRows> {
    const held = this.states.get(jurisdiction);
    if (held && held !== stale) return Promise.resolve(held);
    let loading = this.loading.get(jurisdiction);
    if (!loading) {
      loading = this.read(jurisdiction)
        .then((rows) => {
          this.states.set(jurisdiction, rows);
          return rows;
        })
        .finally(() => this.loading.delete(jurisdiction));
      this.loading.set(jurisdiction, loading);
    }
    return loading;
  }

  /** One statement: the state's version, the filter bits and its rows (from the covering index), in one snapshot. */
  private async read(jurisdiction: string): Promise<StateRows> {
    const halves = MASKED.flatMap((column) => [`(${column}_mask & 4294967295)`, `((${column}_mask >> 32) & 4294967295)`]);
    const [row] = await this.em.getConnection().execute<{ version: string; bits: [string, string, number][]; rows: RawRow[] }[]>(
      `select coalesce((select version from therapist_search_state_versions where jurisdiction = ?), 0)::text as version,
         (select coalesce(json_agg(json_build_array(facet, value, bit)), '[]') from search_filter_bits) as bits,
         (select coalesce(json_agg(json_build_array(therapist_id, accepting::int, earliest_license_expiry - date '1970-01-01',
            latest_license_expiry - date '1970-01-01', gender, fee_minor, sliding_scale_min_minor, ${halves.join(', ')}, facet_chars)
            order by therapist_id), '[]')
          from therapist_search_states where jurisdiction = ?) as rows`,
      [jurisdiction, jurisdiction],
    );
    return columnsOf(row.version, row.bits, row.rows);
  }
}

/** The words' statement with its parameters (its state and words): the same key, the same rows matched while the state's row version stands. */
function textKey(text: StateText): string {
  return JSON.stringify([text.matches.sql, text.matches.params]);
}

/** What a search's versions statement reads: `lapsed` only with doubtful rows, `versions` only with ids asked. */
interface VersionsRow {
  version: string | null;
  rows_version: string;
  lapsed?: string[];
  versions?: [string, RowVersion][] | null;
}

/**
 * A search's one statement in a held state: the state's version and row version, the licenses of
 * its doubtful rows (`doubtful`: ids), and the row versions of `asked`. A part with no ids is left
 * out: PostgreSQL planned the four parts each search, 0.35 ms against 0.02 for the two that are
 * always asked (rows with a lapsed earliest license are rare, and held versions are the rule).
 */
function versionsStatement(jurisdiction: string, today: string, doubtful: readonly string[], asked: readonly string[]): [string, unknown[]] {
  const parts = [
    'select (select version::text from therapist_search_state_versions where jurisdiction = ?) as version',
    'coalesce((select version from therapist_search_row_versions where jurisdiction = ?), 0)::text as rows_version',
  ];
  const params: unknown[] = [jurisdiction, jurisdiction];
  if (doubtful.length > 0) {
    parts.push(`(select coalesce(json_agg(d.id), '[]') from unnest(?::uuid[]) d(id) where not exists (select 1 from licenses l
      where l.therapist_id = d.id and l.status = 'VERIFIED' and l.expires_on >= ? and l.jurisdiction = ?)) as lapsed`);
    params.push(uuidArray(doubtful), today, jurisdiction);
  }
  if (asked.length > 0) {
    parts.push(`(select json_agg(json_build_array(s.therapist_id, ${rowVersionOf('s')})) from therapist_search s where s.therapist_id = any(?::uuid[])) as versions`);
    params.push(uuidArray(asked));
  }
  return [parts.join(', '), params];
}

function columnsOf(version: string, bitRows: [string, string, number][], raw: RawRow[]): StateRows {
  const size = raw.length;
  const bits = new Map<string, Map<string, number>>();
  for (const [facet, value, bit] of bitRows) {
    const values = bits.get(facet) ?? new Map<string, number>();
    values.set(value, bit);
    bits.set(facet, values);
  }
  const masks = Object.fromEntries(MASKED.map((column) => [column, { lo: new Uint32Array(size), hi: new Uint32Array(size) }])) as StateRows['masks'];
  const rows: StateRows = {
    version,
    bits,
    size,
    ids: new Array<string>(size),
    keys: new Int32Array(size),
    accepting: new Uint8Array(size),
    earliest: new Int32Array(size),
    latest: new Int32Array(size),
    gender: new Array<string | null>(size),
    fee: new Float64Array(size),
    slidingMin: new Float64Array(size),
    masks,
    codeStarts: new Int32Array(size + 1),
    codes: new Uint16Array(raw.reduce((sum, row) => sum + (row[row.length - 1] as string).length, 0)),
    highestCode: 0,
  };
  let at = 0;
  raw.forEach((row, index) => {
    const [id, accepting, earliest, latest, gender, fee, slidingMin] = row;
    rows.ids[index] = sharedId(id);
    rows.keys[index] = therapistKey(rows.ids[index]);
    rows.accepting[index] = accepting;
    rows.earliest[index] = earliest;
    rows.latest[index] = latest;
    rows.gender[index] = gender;
    rows.fee[index] = fee ?? Number.NaN;
    rows.slidingMin[index] = slidingMin ?? Number.NaN;
    MASKED.forEach((column, position) => {
      masks[column].lo[index] = row[7 + 2 * position] as number;
      masks[column].hi[index] = row[8 + 2 * position] as number;
    });
    const chars = row[7 + 2 * MASKED.length] as string;
    rows.codeStarts[index] = at;
    for (let char = 0; char < chars.length; char += 1) {
      const code = chars.charCodeAt(char);
      rows.codes[at++] = code;
      if (code > rows.highestCode) rows.highestCode = code;
    }
  });
  rows.codeStarts[size] = at;
  return rows;
}

/** The words' scores laid out by row (ids not in the state's rows are left out, as the SQL's join does) and the taxonomy's masks. */
function scoringOf(rows: StateRows, expanded: ExpandedText, found: readonly [string, number][]): Scoring {
  const scores = new Float64Array(rows.size).fill(Number.NaN);
  const positions = positionsOf(rows, found);
  for (let at = 0; at < found.length; at += 1) if (positions[at] >= 0) scores[positions[at]] = found[at][1];
  return { scores, concerns: maskOf(rows, 'concern', expanded.concerns), modalities: maskOf(rows, 'modality', expanded.modalities) };
}

/** Held words' matches (TextMatches' own array) with their rows' positions in the state's rows they were last laid out on. */
const matchPositions = new WeakMap<readonly [string, number][], { rows: StateRows; positions: Int32Array }>();

/**
 * Each match's row in `rows` (-1 for an id not among them), found once per held matches and rows:
 * a search with held words found each of its matches' rows again by binary search over the ids (a
 * string comparison a step), 1.9 % of a computed search's API CPU samples at 100k. 4 bytes a match.
 */
function positionsOf(rows: StateRows, found: readonly [string, number][]): Int32Array {
  const held = matchPositions.get(found);
  if (held?.rows === rows) return held.positions;
  const positions = Int32Array.from(found, ([id]) => indexOfId(rows.ids, id));
  matchPositions.set(found, { rows, positions });
  return positions;
}

/** The row of `id` in ids (in id order), or -1. */
function indexOfId(ids: readonly string[], id: string): number {
  let [low, high] = [0, ids.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[middle] < id) low = middle + 1;
    else high = middle;
  }
  return low < ids.length && ids[low] === id ? low : -1;
}

/** The bits of `values` in `facet`'s masks; a value no row held when the rows were read has none (it matches nothing, as in SQL). */
function maskOf(rows: StateRows, facet: string, values: readonly string[]): Halves {
  const mask = { lo: 0, hi: 0 };
  for (const value of values) {
    const bit = rows.bits.get(facet)?.get(value);
    if (bit === undefined) continue;
    if (bit < 32) mask.lo = (mask.lo | (1 << bit)) >>> 0;
    else mask.hi = (mask.hi | (1 << (bit - 32))) >>> 0;
  }
  return mask;
}

/**
 * PostgresSearchEngine.rows' filter for a state's set, row by row, and its order past the filter
 * (relevance with words, cover, then ids from the rotation's start): the same conditions on the
 * same columns. With words (`scoring`), a row matches when its text did or it lists a concern or
 * approach they name, and its relevance is the better of its text's score and the taxonomy's.
 * Written as flat loops over typed arrays: it reads every row of the state each search (a whole
 * state's, once a day: matchWholeState). Its tally counts the matching rows' facet codes, or, when
 * more rows of the whole state's set matched than did not, takes the others' from the whole set's
 * tally (counted once a day): a broad search (a state and a format) matches most of its state, and
 * counting its codes was a third of this loop's CPU.
 */
function match(rows: StateRows, query: SearchQuery, today: number, start: string, limit: number, scoring: Scoring | null): Matched {
  if (scoring === null && isWholeState(query)) return matchWholeState(rows, query.acceptingNewClients, today, start, limit);
  const tested = (['formats', 'languages', 'modalities', 'communities', 'concerns'] as const).filter((column) => query[column].length > 0);
  const testLo = tested.map((column) => rows.masks[column].lo);
  const testHi = tested.map((column) => rows.masks[column].hi);
  const testMasks = tested.map((column) => maskOf(rows, MASKED_FACETS[column], query[column]));
  const maskLo = testMasks.map((mask) => mask.lo);
  const maskHi = testMasks.map((mask) => mask.hi);
  const tests = tested.length;
  const ageGroup = query.ageGroup === null ? null : maskOf(rows, 'age_group', [query.ageGroup]);
  const genders = query.genders.length > 0 ? new Set(query.genders) : null;
  const maxFee = query.maxFeeMinor ?? Number.NaN;
  const byFee = query.maxFeeMinor !== null;
  const covered = [...new Set(query.concerns)].map((concern) => maskOf(rows, 'concern', [concern]));
  const { latest, earliest, accepting, fee, slidingMin, gender } = rows;
  const [ageLo, ageHi] = [rows.masks.age_groups.lo, rows.masks.age_groups.hi];
  const [specialtyLo, specialtyHi] = [rows.masks.specialty_concerns.lo, rows.masks.specialty_concerns.hi];
  const [treatedLo, treatedHi] = [rows.masks.treated_concerns.lo, rows.masks.treated_concerns.hi];
  const [modalitiesLo, modalitiesHi] = [rows.masks.modalities.lo, rows.masks.modalities.hi];
  const covers = 3 * covered.length + 1;
  // Matching rows by relevance, then by cover, each list in id order (the loop's).
  const buckets = new Map<number, number[][]>();
  const bucketsOf = (relevance: number): number[][] => {
    let byCover = buckets.get(relevance);
    if (!byCover) buckets.set(relevance, (byCover = Array.from({ length: covers }, () => [])));
    return byCover;
  };
  const unscored = bucketsOf(0);
  const relevanceOf = scoring && new Float64Array(rows.size);
  const doubtful: number[] = [];
  // The rows of the whole state's set (licensed today, accepting if asked) that matched, and those that did not: the tally counts the fewer.
  const { matched, unmatched } = scratchFor(rows.size);
  let total = 0;
  let left = 0;
  rows: for (let index = 0; index < rows.size; index += 1) {
    if (latest[index] < today) continue;
    if (query.acceptingNewClients && accepting[index] === 0) continue;
    unmatched[left++] = index;
    for (let test = 0; test < tests; test += 1) if (((testLo[test][index] & maskLo[test]) | (testHi[test][index] & maskHi[test])) === 0) continue rows;
    if (genders !== null && !(gender[index] !== null && genders.has(gender[index]!))) continue;
    if (ageGroup !== null && (ageLo[index] | ageHi[index]) !== 0 && ((ageLo[index] & ageGroup.lo) | (ageHi[index] & ageGroup.hi)) === 0) continue;
    if (byFee && !(fee[index] <= maxFee || slidingMin[index] <= maxFee)) continue;
    if (query.slidingScaleOnly && Number.isNaN(slidingMin[index])) continue;
    let relevance = 0;
    if (scoring !== null) {
      const { concerns, modalities } = scoring;
      let taxonomy = 0;
      if (((specialtyLo[index] & concerns.lo) | (specialtyHi[index] & concerns.hi)) !== 0) taxonomy = TAXONOMY_RELEVANCE.SPECIALTY;
      else if (((treatedLo[index] & concerns.lo) | (treatedHi[index] & concerns.hi) | (modalitiesLo[index] & modalities.lo) | (modalitiesHi[index] & modalities.hi)) !== 0) {
        taxonomy = TAXONOMY_RELEVANCE.TREATS_OR_OFFERS;
      }
      const score = scoring.scores[index];
      if (Number.isNaN(score)) {
        if (taxonomy === 0) continue;
        relevance = taxonomy;
      } else relevance = score > taxonomy ? score : taxonomy;
      relevanceOf![index] = relevance;
    }
    left -= 1;
    matched[total++] = index;
    if (earliest[index] < today) doubtful.push(index);
    let cover = 0;
    for (const mask of covered) {
      if (((specialtyLo[index] & mask.lo) | (specialtyHi[index] & mask.hi)) !== 0) cover += 2;
      if (((treatedLo[index] & mask.lo) | (treatedHi[index] & mask.hi)) !== 0) cover += 1;
    }
    (relevance === 0 ? unscored : bucketsOf(relevance))[cover].push(index);
  }
  // Most relevant first, then best cover; within those, ids from the rotation's start on, then those before it.
  const wanted = limit + doubtful.length;
  const ordered: number[] = [];
  for (const relevance of [...buckets.keys()].sort((a, b) => b - a)) {
    const byCover = buckets.get(relevance)!;
    for (let cover = byCover.length - 1; cover >= 0 && ordered.length < wanted; cover -= 1) pushInRotation(rows.ids, byCover[cover], start, ordered, wanted);
    if (ordered.length >= wanted) break;
  }
  const tally =
    total <= left
      ? countCodes(rows, new Int32Array(rows.highestCode + 1), matched, total, 1)
      : countCodes(rows, wholeSetOf(rows, query.acceptingNewClients, today).tally.slice(), unmatched, left, -1);
  return { total, tally, ordered, relevance: relevanceOf, doubtful };
}

/** A whole state's matching rows (in id order), total, tally and doubtful rows on one day: what match's loop gives it, counted once. */
interface WholeSet {
  /** Its total is their number. */
  live: number[];
  tally: Int32Array;
  doubtful: number[];
}

/** Per held rows (a reload reads new ones), the whole set by day and the accepting filter; only the latest day's are kept. */
const wholeSets = new WeakMap<StateRows, Map<string, WholeSet>>();

/**
 * match() for a whole state: every row licensed today (accepting, if asked), in id order from the
 * rotation's start. Counting and tallying the state's rows (12,650 for New York at 100k) was most of
 * the API's work for such a search; they change only with the rows or the day, so they are counted
 * once a day per held rows. The tally is copied: the answer takes the lapsed rows out of it.
 */
function matchWholeState(rows: StateRows, accepting: boolean, today: number, start: string, limit: number): Matched {
  const whole = wholeSetOf(rows, accepting, today);
  const ordered: number[] = [];
  pushInRotation(rows.ids, whole.live, start, ordered, limit + whole.doubtful.length);
  return { total: whole.live.length, tally: whole.tally.slice(), ordered, relevance: null, doubtful: whole.doubtful };
}

/** The whole state's set on `today` (accepting, if asked), counted once a day per held rows. */
function wholeSetOf(rows: StateRows, accepting: boolean, today: number): WholeSet {
  let byDay = wholeSets.get(rows);
  if (!byDay) wholeSets.set(rows, (byDay = new Map()));
  const key = `${today}:${accepting}`;
  let whole = byDay.get(key);
  if (!whole) {
    for (const held of byDay.keys()) if (!held.startsWith(`${today}:`)) byDay.delete(held);
    whole = { live: [], tally: new Int32Array(rows.highestCode + 1), doubtful: [] };
    for (let index = 0; index < rows.size; index += 1) {
      if (rows.latest[index] < today || (accepting && rows.accepting[index] === 0)) continue;
      whole.live.push(index);
      if (rows.earliest[index] < today) whole.doubtful.push(index);
    }
    countCodes(rows, whole.tally, whole.live, whole.live.length, 1);
    byDay.set(key, whole);
  }
  return whole;
}

/** Adds `step` to `tally` for each facet code of the first `count` rows of `indexes`; returns the tally. */
function countCodes(rows: StateRows, tally: Int32Array, indexes: ArrayLike<number>, count: number, step: 1 | -1): Int32Array {
  const { codeStarts, codes } = rows;
  for (let at = 0; at < count; at += 1) for (let code = codeStarts[indexes[at]], end = codeStarts[indexes[at] + 1]; code < end; code += 1) tally[codes[code]] += step;
  return tally;
}

/** match()'s two lists of rows, reused by every search in this process (match runs start to end with no await), grown to the largest state. */
let scratch = { matched: new Int32Array(0), unmatched: new Int32Array(0) };

function scratchFor(size: number): { matched: Int32Array; unmatched: Int32Array } {
  if (scratch.matched.length < size) scratch = { matched: new Int32Array(size), unmatched: new Int32Array(size) };
  return scratch;
}

/** Appends `indexes` (rows in id order) to `ordered` from the first id at or past `start`, then those before it, until it holds `wanted`. */
function pushInRotation(ids: readonly string[], indexes: readonly number[], start: string, ordered: number[], wanted: number): void {
  const from = firstAtOrPast(ids, indexes, start);
  for (let at = from; at < indexes.length && ordered.length < wanted; at += 1) ordered.push(indexes[at]);
  for (let at = 0; at < from && ordered.length < wanted; at += 1) ordered.push(indexes[at]);
}

/** The first position in `indexes` (rows in id order) whose id is at least `start`. */
function firstAtOrPast(ids: readonly string[], indexes: readonly number[], start: string): number {
  let [low, high] = [0, indexes.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ids[indexes[middle]] < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The answer once the doubtful rows' licenses are known: the lapsed ones leave the total, the tally
 * and the candidates. `versions`: each candidate's row version, by its position in `matched.ordered`
 * (held, or read by the search's statement).
 */
function answerOf(rows: StateRows, matched: Matched, lapsed: ReadonlySet<string>, versions: readonly (RowVersion | undefined)[], limit: number): StateAnswer {
  const gone = matched.doubtful.filter((index) => lapsed.has(rows.ids[index]));
  const total = matched.total - gone.length;
  countCodes(rows, matched.tally, gone, gone.length, -1);
  const candidates: Candidate[] = [];
  for (let at = 0; at < matched.ordered.length && candidates.length < limit; at += 1) {
    const index = matched.ordered[at];
    const id = rows.ids[index];
    // Rows with a lapsed earliest license are rare: no lookup at all without one.
    if (lapsed.size > 0 && lapsed.has(id)) continue;
    const version = versions[at];
    const textRelevance = matched.relevance === null ? 0 : Math.max(0, Math.min(1, matched.relevance[index]));
    candidates.push(version ? { id, textRelevance, rowVersion: version, rowKey: rows.keys[index] } : { id, textRelevance });
  }
  return { candidates, total, tally: matched.tally };
}
