import { Migration } from '@mikro-orm/migrations';
import { BYTE_CODES, BYTE_CODES_FUNCTION, codesCall, CodesColumn, COLUMNS, covering, statesFunctions } from './Migration20261206000000SearchFacetCodes';

// Issue #12: a filtered set's facet codes reached the API as hex text. PostgreSQL sends a bytea in
// the text protocol as "\x" and two hex digits a byte, and node-postgres reads only that protocol:
// CA + anxiety + video's 5,344 rows, 203 kB of codes, crossed as 406 kB, to be hex-encoded by the
// server and decoded by the API. At 100k, in two quiet rounds of 40, its statement took p50 22.0
// and 20.3 ms with them, 12.6 and 12.3 without, and 14.1 and 13.1 with the same codes as one
// character each (101 kB).
//
// So each code is now one character, chr(code), and a row's codes are text (facet_chars): a code
// below 128 is one byte in UTF-8, one below 2,048 two, and codes stop at 32,767 (smallint), below
// the surrogates. A code past 127 needs a UTF-8 database (chr() refuses it in SQL_ASCII).
//
// Codes stay below 128 while fewer than 128 values exist (the taxonomies hold about 150 in all; a
// demo or bench database about 120) only if none is wasted: the numbering inserted every pair of a
// row with a new value, and "on conflict do nothing" spends a sequence number on each pair that
// already had one (a 100k bench database reached code 841 for 121 values). It now inserts only the
// pairs it did not find; only two writers numbering the same value at once waste one.
//
// This migration renumbers the values 1..n in their order, which breaks the promise that a code
// never changes for processes started before it: they query facet_codes, which is gone, and fail
// rather than count with their old dictionary.
export const CHARS: CodesColumn = { column: 'facet_chars', function: 'therapist_search_facet_chars' };

export const CHARS_FUNCTION = `create function therapist_search_facet_chars(concerns text[], modalities text[], languages text[], formats text[], communities text[], gender text, price_band text)
  returns text language plpgsql as $$
declare
  chars text;
  missing int;
begin
  for attempt in 1..2 loop
    select coalesce(string_agg(chr(d.code), '' order by d.code), ''), count(*) filter (where d.code is null)
      into chars, missing
      from therapist_search_facet_pairs(concerns, modalities, languages, formats, communities, gender, price_band) f
      left join therapist_search_facet_values d on d.facet = f.facet and d.value = f.value
      where f.facet <> 'total';
    if missing = 0 then
      return chars;
    end if;
    if attempt = 1 then
      insert into therapist_search_facet_values (facet, value)
        select f.facet, f.value from therapist_search_facet_pairs(concerns, modalities, languages, formats, communities, gender, price_band) f
        where f.facet <> 'total'
          and not exists (select 1 from therapist_search_facet_values d where d.facet = f.facet and d.value = f.value)
        on conflict do nothing;
    end if;
  end loop;
  raise exception 'a facet value was numbered by a transaction this one cannot see; try again'
    using errcode = 'serialization_failure';
end $$;`;

const ARGUMENT_TYPES = '(text[], text[], text[], text[], text[], text, text)';

/** The states' codes as `codes` writes them: the covering index rebuilt around the new column. */
function storeCodes(from: CodesColumn, to: CodesColumn, type: string): string[] {
  return [
    `drop index "therapist_search_states_covering";`,
    `alter table "therapist_search_states" drop column "${from.column}";`,
    `alter table "therapist_search_states" add column "${to.column}" ${type};`,
    ...statesFunctions(to),
    `update "therapist_search_states" p set "${to.column}" = ${codesCall(to.function, 'p')};`,
    `alter table "therapist_search_states" alter column "${to.column}" set not null;`,
    `create index "therapist_search_states_covering" on "therapist_search_states" ${covering([...COLUMNS, to.column])};`,
  ];
}

export class Migration20261207000000SearchFacetChars extends Migration {
  override async up(): Promise<void> {
    // Codes 1..n in their present order; nobody may number a value meanwhile.
    this.addSql(`lock table "therapist_search_facet_values" in exclusive mode;`);
    this.addSql(`alter table "therapist_search_facet_values" disable trigger "therapist_search_facet_values_kept";`);
    this.addSql(`update "therapist_search_facet_values" v set "code" = -n.code
      from (select "code" as old, row_number() over (order by "code")::smallint as code from "therapist_search_facet_values") n
      where v."code" = n.old;`);
    this.addSql(`update "therapist_search_facet_values" set "code" = -"code";`);
    this.addSql(`alter table "therapist_search_facet_values" enable trigger "therapist_search_facet_values_kept";`);
    this.addSql(`select setval(pg_get_serial_sequence('therapist_search_facet_values', 'code'), coalesce(max("code"), 1), max("code") is not null) from "therapist_search_facet_values";`);
    this.addSql(CHARS_FUNCTION);
    for (const statement of storeCodes(BYTE_CODES, CHARS, 'text')) this.addSql(statement);
    this.addSql(`drop function therapist_search_facet_codes${ARGUMENT_TYPES};`);
  }

  override async down(): Promise<void> {
    this.addSql(BYTE_CODES_FUNCTION);
    for (const statement of storeCodes(CHARS, BYTE_CODES, 'bytea')) this.addSql(statement);
    this.addSql(`drop function therapist_search_facet_chars${ARGUMENT_TYPES};`);
  }
}
