import { Migration } from '@mikro-orm/migrations';

// Issue #12: a filtered set's facets without grouping in SQL. Counting them per facet (unnest and
// group each array column of the matching rows) cost the executor about 4 µs a row: 23 ms of a
// 100k search for CA + anxiety + video's 5,344 rows, against 7 ms to find and count those rows.
// Each (facet, value) now has a small number, kept forever in therapist_search_facet_values, and
// each state row carries its pairs' numbers as two bytes each (facet_codes, about 38 bytes, in the
// covering index). A search concatenates the matching rows' bytes (string_agg: one row back,
// about 200 kB for those 5,344) and the API counts them: 6.2 ms for the statement.
// A code never changes meaning, so a process may keep the dictionary: a trigger refuses to update
// or delete its rows. therapist_search_facet_codes() numbers values it has not seen before; a
// transaction that cannot see a number another one committed (repeatable read) fails with a
// serialization error rather than leave a value out.
/** The covering index's included columns before any codes (migration 20261204000000). */
export const COLUMNS = [
  'accepting', 'earliest_license_expiry', 'latest_license_expiry', 'formats', 'languages', 'concerns',
  'specialty_concerns', 'treated_concerns', 'modalities', 'communities', 'age_groups', 'gender',
  'price_band', 'fee_minor', 'sliding_scale_min_minor',
];
export const STORED = [...COLUMNS, 'insurance'];
export const covering = (columns: string[]) => `("jurisdiction", "therapist_id") include (${columns.map((column) => `"${column}"`).join(', ')})`;
const FACET_ARGUMENTS = ['concerns', 'modalities', 'languages', 'formats', 'communities', 'gender', 'price_band'];
/** A call of the SQL function `name` on a row's facet columns: its pairs' codes as that function writes them. */
export const codesCall = (name: string, row: string) => `${name}(${FACET_ARGUMENTS.map((column) => `${row}.${column}`).join(', ')})`;
const codesOf = (row: string) => codesCall('therapist_search_facet_codes', row);

/** Where a state row keeps its codes: the column, and the function that computes them from a row. */
export interface CodesColumn {
  column: string;
  function: string;
}

/** A state column a later migration adds, and its value computed from a therapist_search row (`row` its alias). */
export interface DerivedColumn {
  column: string;
  value: (row: string) => string;
}

/**
 * The states' write and rebuild functions; with a codes column, or as migration 20261204000000
 * left them; later migrations add `derived` columns.
 */
export function statesFunctions(codes: CodesColumn | null, derived: readonly DerivedColumn[] = []): string[] {
  const columns = [...STORED, ...(codes ? [codes.column] : []), ...derived.map((extra) => extra.column)];
  const values = (row: string) =>
    [...STORED.map((column) => `${row}.${column}`), ...(codes ? [codesCall(codes.function, row)] : []), ...derived.map((extra) => extra.value(row))].join(', ');
  return [
    `create or replace function therapist_search_states_write() returns trigger language plpgsql as $$
begin
  if TG_OP = 'UPDATE' then
    delete from therapist_search_states where therapist_id = new.therapist_id;
  end if;
  insert into therapist_search_states (jurisdiction, therapist_id, ${columns.join(', ')})
  select j, new.therapist_id, ${values('new')} from unnest(new.jurisdictions) j;
  return null;
end $$;`,
    `create or replace function therapist_search_states_rebuild() returns void language sql as $$
  delete from therapist_search_states;
  insert into therapist_search_states (jurisdiction, therapist_id, ${columns.join(', ')})
  select j, s.therapist_id, ${values('s')} from therapist_search s cross join unnest(s.jurisdictions) j;
$$;`,
  ];
}

/** Two bytes a code, as this migration stores them. */
export const BYTE_CODES: CodesColumn = { column: 'facet_codes', function: 'therapist_search_facet_codes' };

/** therapist_search_facet_codes(): a row's (facet, value) pairs as their codes, two bytes each (int2send), in code order. */
export const BYTE_CODES_FUNCTION = `create function therapist_search_facet_codes(concerns text[], modalities text[], languages text[], formats text[], communities text[], gender text, price_band text)
  returns bytea language plpgsql as $$
declare
  codes bytea;
  missing int;
begin
  for attempt in 1..2 loop
    select coalesce(string_agg(int2send(d.code), ''::bytea order by d.code), ''::bytea), count(*) filter (where d.code is null)
      into codes, missing
      from therapist_search_facet_pairs(concerns, modalities, languages, formats, communities, gender, price_band) f
      left join therapist_search_facet_values d on d.facet = f.facet and d.value = f.value
      where f.facet <> 'total';
    if missing = 0 then
      return codes;
    end if;
    if attempt = 1 then
      insert into therapist_search_facet_values (facet, value)
        select f.facet, f.value from therapist_search_facet_pairs(concerns, modalities, languages, formats, communities, gender, price_band) f
        where f.facet <> 'total'
        on conflict do nothing;
    end if;
  end loop;
  raise exception 'a facet value was numbered by a transaction this one cannot see; try again'
    using errcode = 'serialization_failure';
end $$;`;

/**
 * A function `<table>_kept` and triggers that refuse every update, delete and truncate of `table`
 * with `message` (quotes doubled, as in SQL): a dictionary whose entries are written once.
 */
export function keptForever(table: string, message: string): string[] {
  return [
    `create function ${table}_kept() returns trigger language plpgsql as $$
begin
  raise exception '${message}'
    using errcode = 'restrict_violation', table = '${table}';
end $$;`,
    `create trigger "${table}_kept" before update or delete on "${table}"
      for each row execute function ${table}_kept();`,
    `create trigger "${table}_not_truncated" before truncate on "${table}"
      for each statement execute function ${table}_kept();`,
  ];
}

export class Migration20261206000000SearchFacetCodes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "therapist_search_facet_values" (
      "code" smallserial primary key,
      "facet" text not null,
      "value" text not null);`);
    this.addSql(`alter table "therapist_search_facet_values" add constraint "therapist_search_facet_values_facet_value_unique" unique ("facet", "value");`);
    for (const statement of keptForever('therapist_search_facet_values', `a facet value''s code never changes or goes: processes keep them`)) this.addSql(statement);

    this.addSql(BYTE_CODES_FUNCTION);

    this.addSql(`alter table "therapist_search_states" add column "facet_codes" bytea not null default ''::bytea;`);
    for (const statement of statesFunctions(BYTE_CODES)) this.addSql(statement);
    this.addSql(`update "therapist_search_states" p set "facet_codes" = ${codesOf('p')};`);
    this.addSql(`alter table "therapist_search_states" alter column "facet_codes" drop default;`);
    this.addSql(`drop index "therapist_search_states_covering";`);
    this.addSql(`create index "therapist_search_states_covering" on "therapist_search_states" ${covering([...COLUMNS, 'facet_codes'])};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "therapist_search_states_covering";`);
    this.addSql(`create index "therapist_search_states_covering" on "therapist_search_states" ${covering(COLUMNS)};`);
    for (const statement of statesFunctions(null)) this.addSql(statement);
    this.addSql(`alter table "therapist_search_states" drop column "facet_codes";`);
    this.addSql(`drop function therapist_search_facet_codes(text[], text[], text[], text[], text[], text, text);`);
    this.addSql(`drop table "therapist_search_facet_values";`);
    this.addSql(`drop function therapist_search_facet_values_kept();`);
  }
}
