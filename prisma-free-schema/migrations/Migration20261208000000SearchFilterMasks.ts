import { Migration } from '@mikro-orm/migrations';
import { COLUMNS, covering, keptForever, statesFunctions } from './Migration20261206000000SearchFacetCodes';
import { CHARS } from './Migration20261207000000SearchFacetChars';

// Issue #12: a state's filtered search spent most of its statement reading the covering index.
// At 100k, CA + anxiety + video reads CA's 13,661 entries: counting them took about 2 ms on the
// key alone, 7.5 with one filter on an included column (an index-only scan unpacks every included
// column of each entry: nine text arrays, about 700 bytes), and 14.5 with the two array filters
// (`formats && array['VIDEO']`, `concerns && array['ANXIETY']`: string comparisons per element).
// The index was 157 MB.
//
// Each array a filter or the concern cover reads is now also a bit mask, a bigint, in the state
// rows and in place of the arrays in the covering index (20 MB at 100k). A value's bit within
// its facet is given once, in search_filter_bits, the first time a row holds it, and never
// changed (the masks stored depend on it): 64 values a facet at most, where the taxonomy has 45
// concerns, 32 languages, 30 approaches, 16 communities, 5 age groups and 3 formats
// (filter-masks.spec.ts keeps that true). A search turns the asked values into a mask once (a
// subquery on that small table) and tests each entry with one `&`. Counting CA + anxiety + video
// took 4.2–4.9 ms; the whole statement (count, facet codes, first 400) 8.1, against 14.2 before.
// The arrays stay in the table for the rare filter that reads the heap (insurance) and for the
// reference engine. Names start with search_ so that "Seq Scan on therapist_search" still means
// the read model in the plans the tests check.

/** A state row's masks: the column, the array it is made from, and the facet whose bits it uses. */
export const MASKS: readonly { column: string; array: string; facet: string }[] = [
  { column: 'formats_mask', array: 'formats', facet: 'format' },
  { column: 'languages_mask', array: 'languages', facet: 'language' },
  { column: 'concerns_mask', array: 'concerns', facet: 'concern' },
  { column: 'specialty_concerns_mask', array: 'specialty_concerns', facet: 'concern' },
  { column: 'treated_concerns_mask', array: 'treated_concerns', facet: 'concern' },
  { column: 'modalities_mask', array: 'modalities', facet: 'modality' },
  { column: 'communities_mask', array: 'communities', facet: 'community' },
  { column: 'age_groups_mask', array: 'age_groups', facet: 'age_group' },
];
const MASKED = new Set(MASKS.map((mask) => mask.array));
/** What the covering index includes now: the unmasked columns, the masks, the facet codes. */
const COVERED = [...COLUMNS.filter((column) => !MASKED.has(column)), ...MASKS.map((mask) => mask.column), CHARS.column];

const MASK_FUNCTION = `create function search_filter_mask(facet text, filter_values text[]) returns bigint language plpgsql as $$
declare
  mask bigint;
  missing int;
  given int;
begin
  for attempt in 1..2 loop
    select coalesce(bit_or(1::bigint << b.bit), 0), count(*) filter (where b.bit is null)
      into mask, missing
      from (select distinct v from unnest(filter_values) v) u
      left join search_filter_bits b on b.facet = search_filter_mask.facet and b.value = u.v;
    if missing = 0 then
      return mask;
    end if;
    if attempt = 1 then
      -- One numbering at a time: the next bits of a facet follow its highest.
      perform pg_advisory_xact_lock(hashtext('search_filter_bits'));
      select coalesce(max(b.bit) + 1, 0) into given from search_filter_bits b where b.facet = search_filter_mask.facet;
      if given + missing > 64 then
        raise exception 'the % filter has more than 64 values: widen its mask (search_filter_bits)', facet
          using errcode = 'program_limit_exceeded';
      end if;
      insert into search_filter_bits (facet, value, bit)
        select search_filter_mask.facet, u.v, given + row_number() over (order by u.v) - 1
        from (select distinct v from unnest(filter_values) v) u
        where not exists (select 1 from search_filter_bits b where b.facet = search_filter_mask.facet and b.value = u.v)
        on conflict do nothing;
    end if;
  end loop;
  raise exception 'a filter value was given a bit by a transaction this one cannot see; try again'
    using errcode = 'serialization_failure';
end $$;`;

/** A mask's value computed from a row (`row` its alias). */
const maskOf = (mask: (typeof MASKS)[number]) => (row: string) => `search_filter_mask('${mask.facet}', ${row}.${mask.array})`;

/** The states' write and rebuild functions, writing the masks too. */
const maskedStatesFunctions = () => statesFunctions(CHARS, MASKS.map((mask) => ({ column: mask.column, value: maskOf(mask) })));

export class Migration20261208000000SearchFilterMasks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "search_filter_bits" (
      "facet" text not null,
      "value" text not null,
      "bit" smallint not null,
      constraint "search_filter_bits_pkey" primary key ("facet", "value"),
      constraint "search_filter_bits_facet_bit_unique" unique ("facet", "bit"),
      constraint "search_filter_bits_bit_check" check (((bit >= 0) AND (bit <= 63))));`);
    for (const statement of keptForever('search_filter_bits', `a filter value''s bit never changes or goes: the stored masks use it`)) this.addSql(statement);
    this.addSql(MASK_FUNCTION);
    this.addSql(`drop index "therapist_search_states_covering";`);
    for (const mask of MASKS) this.addSql(`alter table "therapist_search_states" add column "${mask.column}" bigint not null default 0;`);
    for (const statement of maskedStatesFunctions()) this.addSql(statement);
    this.addSql(`update "therapist_search_states" p set ${MASKS.map((mask) => `"${mask.column}" = ${maskOf(mask)('p')}`).join(', ')};`);
    for (const mask of MASKS) this.addSql(`alter table "therapist_search_states" alter column "${mask.column}" drop default;`);
    this.addSql(`create index "therapist_search_states_covering" on "therapist_search_states" ${covering(COVERED)};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "therapist_search_states_covering";`);
    for (const statement of statesFunctions(CHARS)) this.addSql(statement);
    for (const mask of MASKS) this.addSql(`alter table "therapist_search_states" drop column "${mask.column}";`);
    this.addSql(`create index "therapist_search_states_covering" on "therapist_search_states" ${covering([...COLUMNS, CHARS.column])};`);
    this.addSql(`drop function search_filter_mask(text, text[]);`);
    this.addSql(`drop table "search_filter_bits";`);
    this.addSql(`drop function search_filter_bits_kept();`);
  }
}
