import { Check, Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { TherapistProfile } from '../../therapists/entities/therapist-profile.entity';

const gin = (column: string) => ({
  name: `therapist_search_${column}_gin`,
  expression: `create index "therapist_search_${column}_gin" on "therapist_search" using gin ("${column}")`,
});

/**
 * The search read model: one row per listable therapist (ACTIVE, with a VERIFIED license),
 * written by database triggers in the same transaction as the change it reflects
 * (migration 20261201030000), plus the availability summary the app computes
 * (SearchProjection). Read with SQL by the search path; never written through the ORM.
 */
@Entity({ tableName: 'therapist_search' })
@Check({ name: 'therapist_search_alliance_check', expression: '(alliance_clients = 0) = (alliance_mean_total is null) and alliance_clients >= 0' })
@Index(gin('jurisdictions'))
// No index on formats: three values, VIDEO on most rows (migration 20261203000000).
@Index(gin('languages'))
@Index(gin('concerns'))
@Index(gin('modalities'))
@Index(gin('communities'))
@Index(gin('insurance'))
@Index({ name: 'therapist_search_display_name_trgm', expression: `create index "therapist_search_display_name_trgm" on "therapist_search" using gin ("display_name" gin_trgm_ops)` })
@Index({ name: 'therapist_search_text_index', expression: `create index "therapist_search_text_index" on "therapist_search" using gin ("search_document")` })
export class TherapistSearchRow {
  @OneToOne(() => TherapistProfile, { primary: true, deleteRule: 'cascade', fieldName: 'therapist_id' })
  therapist!: TherapistProfile;

  @Property({ type: 'text' })
  displayName!: string;

  /** Name, headline and bio: the full-text document. */
  @Property({ type: 'text' })
  searchText!: string;

  /** The document as a stored tsvector (migration 20261202000000), so ranking reads it rather than re-parsing bios. */
  @Property({ columnType: 'tsvector', generated: "(to_tsvector('english'::regconfig, search_text)) stored", nullable: true, lazy: true })
  searchDocument?: string;

  /** States of VERIFIED licenses, valid or not on a given day (searches compare the expiries). */
  @Property({ type: 'text[]' })
  jurisdictions!: string[];

  @Index({ name: 'therapist_search_earliest_license_expiry_index' })
  @Property({ type: 'date' })
  earliestLicenseExpiry!: string;

  @Index({ name: 'therapist_search_latest_license_expiry_index' })
  @Property({ type: 'date' })
  latestLicenseExpiry!: string;

  @Property({ type: 'text[]' })
  formats!: string[];

  @Property({ type: 'text[]' })
  languages!: string[];

  /** Specialties and treated concerns. */
  @Property({ type: 'text[]' })
  concerns!: string[];

  @Property({ type: 'text[]' })
  specialtyConcerns!: string[];

  @Property({ type: 'text[]' })
  treatedConcerns!: string[];

  @Property({ type: 'text[]' })
  modalities!: string[];

  @Property({ type: 'text[]' })
  communities!: string[];

  @Property({ type: 'text[]' })
  ageGroups!: string[];

  @Property({ type: 'text', nullable: true })
  gender!: string | null;

  @Index({ name: 'therapist_search_fee_minor_index' })
  @Property({ type: 'int', nullable: true })
  feeMinor!: number | null;

  @Property({ type: 'int', nullable: true })
  slidingScaleMinMinor!: number | null;

  @Property({ type: 'int', nullable: true })
  slidingScaleMaxMinor!: number | null;

  @Property({ type: 'text', nullable: true })
  priceBand!: string | null;

  /** Payer ids, lower-cased. */
  @Property({ type: 'text[]' })
  insurance!: string[];

  /** The therapist's own "accepting new clients" switch. */
  @Property({ type: 'boolean' })
  acceptsNewClients!: boolean;

  /** Listed as accepting: the switch, weekly hours and a session type a client can book now. */
  @Property({ type: 'boolean' })
  accepting!: boolean;

  @Property({ type: 'double precision', nullable: true })
  officeLatitude!: number | null;

  @Property({ type: 'double precision', nullable: true })
  officeLongitude!: number | null;

  /** Open slot starts (minutes since the Unix epoch, UTC) of a standard individual session over the summary's window. */
  @Property({ type: 'int[]', default: '{}' })
  openSlotStarts!: number[];

  @Property({ type: 'timestamptz', nullable: true })
  nextOpenAt!: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  availabilityComputedAt!: Date | null;

  /** Until this instant the summary answers the ranking's 14-day window exactly (see SearchProjection). */
  @Property({ type: 'timestamptz', nullable: true })
  availabilityExactUntil!: Date | null;

  /** Hours, overrides, busy time, bookings or session types changed since the summary was computed. */
  @Property({ type: 'boolean', default: true })
  availabilityStale!: boolean;

  /** Bumped with every change that flags the summary stale, so a summary computed meanwhile stays flagged. */
  @Property({ type: 'int', default: 0 })
  availabilityVersion!: number;

  /** The standard individual session the summary's slots are for, and the settings that bound them at search time. */
  @Property({ type: 'smallint', nullable: true })
  slotMinutes!: number | null;

  @Property({ type: 'int', nullable: true })
  minimumNoticeMinutes!: number | null;

  @Property({ type: 'int', nullable: true })
  horizonDays!: number | null;

  /**
   * Clients' session ratings as the ranking reads them (libs/domain allianceForMatching), kept by
   * a trigger on alliance_ratings (migration 20261212000000): how many clients rated, each counted
   * once, and the mean over them of each client's mean total; null before anyone rated.
   */
  @Property({ type: 'int', default: 0 })
  allianceClients!: number;

  @Property({ type: 'double precision', nullable: true })
  allianceMeanTotal!: number | null;
}

/**
 * A whole state's facet counts and total, per "accepting" (see PostgresSearchEngine): written by a
 * statement trigger on therapist_search (migration 20261202000000), read with SQL; never through the ORM.
 */
@Entity({ tableName: 'therapist_search_facet_counts' })
@Check({ name: 'therapist_search_facet_counts_count_check', expression: '"count" >= 0' })
export class TherapistSearchFacetCount {
  @Property({ type: 'text', primary: true })
  jurisdiction!: string;

  @Property({ type: 'boolean', primary: true })
  accepting!: boolean;

  @Property({ type: 'text', primary: true })
  facet!: string;

  @Property({ type: 'text', primary: true })
  value!: string;

  @Property({ type: 'int' })
  count!: number;
}

const STATE_COVERED = [
  'accepting', 'earliest_license_expiry', 'latest_license_expiry', 'gender', 'price_band', 'fee_minor', 'sliding_scale_min_minor',
  'formats_mask', 'languages_mask', 'concerns_mask', 'specialty_concerns_mask', 'treated_concerns_mask', 'modalities_mask',
  'communities_mask', 'age_groups_mask', 'facet_chars',
];

/**
 * One row per therapist and licensed state, with only what filters, facets and the concern cover
 * read (migration 20261204000000): a state's search reads its entries of one covering index
 * (those columns INCLUDEd), side by side, instead of one wide therapist_search row per page. The
 * arrays a filter reads are in the index as bit masks (SearchFilterBit, migration 20261208000000);
 * the arrays themselves only in the table.
 * Written by a row trigger on therapist_search; read with SQL; never through the ORM.
 */
@Entity({ tableName: 'therapist_search_states' })
@Index({
  name: 'therapist_search_states_covering',
  expression: `create index "therapist_search_states_covering" on "therapist_search_states" ("jurisdiction", "therapist_id") include (${STATE_COVERED.map((column) => `"${column}"`).join(', ')})`,
})
export class TherapistSearchState {
  @Property({ type: 'text', primary: true })
  jurisdiction!: string;

  @ManyToOne(() => TherapistSearchRow, { primary: true, deleteRule: 'cascade', updateRule: 'no action', fieldName: 'therapist_id', index: 'therapist_search_states_therapist_id_index' })
  therapist!: TherapistSearchRow;

  @Property({ type: 'boolean' })
  accepting!: boolean;

  @Property({ type: 'date' })
  earliestLicenseExpiry!: string;

  @Property({ type: 'date' })
  latestLicenseExpiry!: string;

  @Property({ type: 'text[]' })
  formats!: string[];

  @Property({ type: 'text[]' })
  languages!: string[];

  @Property({ type: 'text[]' })
  concerns!: string[];

  @Property({ type: 'text[]' })
  specialtyConcerns!: string[];

  @Property({ type: 'text[]' })
  treatedConcerns!: string[];

  @Property({ type: 'text[]' })
  modalities!: string[];

  @Property({ type: 'text[]' })
  communities!: string[];

  @Property({ type: 'text[]' })
  ageGroups!: string[];

  @Property({ type: 'text', nullable: true })
  gender!: string | null;

  @Property({ type: 'text', nullable: true })
  priceBand!: string | null;

  @Property({ type: 'int', nullable: true })
  feeMinor!: number | null;

  @Property({ type: 'int', nullable: true })
  slidingScaleMinMinor!: number | null;

  /** Payer ids, lower-cased; not in the covering index (up to 40 a row, read by one rare filter). */
  @Property({ type: 'text[]' })
  insurance!: string[];

  /**
   * The codes (TherapistSearchFacetValue) of the row's (facet, value) pairs, one character each
   * (the code's code point): a filtered set's facets are counted from these (migration 20261207000000).
   */
  @Property({ type: 'text' })
  facetChars!: string;

  /** Bit masks of the arrays above (bits from SearchFilterBit): what a state's search filters and covers with. */
  @Property({ type: 'bigint' })
  formatsMask!: string;

  @Property({ type: 'bigint' })
  languagesMask!: string;

  @Property({ type: 'bigint' })
  concernsMask!: string;

  @Property({ type: 'bigint' })
  specialtyConcernsMask!: string;

  @Property({ type: 'bigint' })
  treatedConcernsMask!: string;

  @Property({ type: 'bigint' })
  modalitiesMask!: string;

  @Property({ type: 'bigint' })
  communitiesMask!: string;

  @Property({ type: 'bigint' })
  ageGroupsMask!: string;
}

/**
 * What a state's search with words matches and scores (migration 20261211000000): a therapist's
 * name and text vector, one row per state on its list, in a partition per state (so a state's rows
 * sit together under indexes of that state's alone). Written by a row trigger on therapist_search;
 * read with SQL; never through the ORM. The partitions are the migration's: the ORM sees the parent.
 */
@Entity({ tableName: 'therapist_search_state_texts' })
@Index({ name: 'therapist_search_state_texts_therapist_id_index', properties: ['therapist'] })
@Index({ name: 'therapist_search_state_texts_display_name_trgm', expression: `create index "therapist_search_state_texts_display_name_trgm" on "therapist_search_state_texts" using gin ("display_name" gin_trgm_ops)` })
@Index({ name: 'therapist_search_state_texts_document_index', expression: `create index "therapist_search_state_texts_document_index" on "therapist_search_state_texts" using gin ("search_document")` })
export class TherapistSearchStateText {
  @PrimaryKey({ type: 'text' })
  jurisdiction!: string;

  @ManyToOne(() => TherapistSearchRow, { primary: true, deleteRule: 'cascade', updateRule: 'no action', fieldName: 'therapist_id' })
  therapist!: TherapistSearchRow;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ columnType: 'tsvector', nullable: true })
  searchDocument?: string;
}

/**
 * A filter value's bit within its facet (concern, modality, language, format, community,
 * age_group), given by search_filter_mask() the first time a state row holds the value and never
 * changed or removed (a trigger refuses both): the stored masks depend on it. 64 a facet at most.
 * Read with SQL; never through the ORM.
 */
@Entity({ tableName: 'search_filter_bits' })
@Unique({ name: 'search_filter_bits_facet_bit_unique', properties: ['facet', 'bit'] })
@Check({ name: 'search_filter_bits_bit_check', expression: '((bit >= 0) AND (bit <= 63))' })
export class SearchFilterBit {
  @PrimaryKey({ type: 'text' })
  facet!: string;

  @PrimaryKey({ type: 'text' })
  value!: string;

  @Property({ type: 'smallint' })
  bit!: number;
}

/**
 * A number for each (facet, value) a state row holds (migration 20261206000000), given by
 * therapist_search_facet_chars() the first time a value is written, without gaps, and never changed
 * or removed (a trigger refuses both), so the API may keep them. Read with SQL; never through the ORM.
 */
@Entity({ tableName: 'therapist_search_facet_values' })
@Unique({ name: 'therapist_search_facet_values_facet_value_unique', properties: ['facet', 'value'] })
export class TherapistSearchFacetValue {
  @PrimaryKey({ type: 'smallint', autoincrement: true })
  code!: number;

  @Property({ type: 'text' })
  facet!: string;

  @Property({ type: 'text' })
  value!: string;
}

/**
 * Which therapist each move of the ranking counter was for (migration 20261215000000): `change` is
 * the global counter's value it took. Written by the ranking counter's trigger, rows older than two
 * hours deleted as it grows; read with SQL (RankingChangeLog); never through the ORM.
 */
@Entity({ tableName: 'therapist_ranking_change_log' })
@Index({ name: 'therapist_ranking_change_log_therapist_change_index', properties: ['therapistId', 'change'] })
@Index({ name: 'therapist_ranking_change_log_logged_at_index', properties: ['loggedAt'] })
export class TherapistRankingChange {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  change!: string;

  @Property({ type: 'uuid' })
  therapistId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  loggedAt!: Date;
}

/**
 * A version per state of its therapist_search_states rows (migration 20261216000000), moved by
 * statement triggers in the transaction of every write to them; read with SQL (StateRowIndex);
 * never through the ORM.
 */
@Entity({ tableName: 'therapist_search_state_versions' })
export class TherapistSearchStateVersion {
  @PrimaryKey({ type: 'text' })
  jurisdiction!: string;

  @Property({ type: 'bigint' })
  version!: string;
}

/**
 * A version per state of its therapist_search rows (migration 20261217000000), moved by statement
 * triggers in the transaction of every write to a row licensed there; read with SQL (StateRowIndex,
 * to keep its candidates' row versions); never through the ORM.
 */
@Entity({ tableName: 'therapist_search_row_versions' })
export class TherapistSearchRowVersion {
  @PrimaryKey({ type: 'text' })
  jurisdiction!: string;

  @Property({ type: 'bigint' })
  version!: string;
}
