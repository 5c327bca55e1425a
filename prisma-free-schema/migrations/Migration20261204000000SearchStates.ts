import { Migration } from '@mikro-orm/migrations';

// Issue #12: a state's rows of the search read model, side by side. therapist_search holds a
// therapist's whole document (bio, text vector, open times): about 2.5 KB a row, three rows to a
// page, so a state's 10,000 rows lie on nearly as many pages and every filtered statement read
// thousands of them (TX "trauma" visited 8,507 pages at 100k). therapist_search_states holds one
// row per therapist and licensed state with only what filters, facets and the concern cover read.
// An index on (jurisdiction, therapist_id) carries those columns too (INCLUDE), so a state's
// entries are adjacent leaf pages of one index, and a search answers from them without visiting
// the table (an index-only scan) once autovacuum has marked its pages all-visible. It sits beside
// the primary key on the same columns because the ORM's schema model has no INCLUDE for keys.
// Insurance is left out of the index: up to 40 payer ids a row, read by one rare filter.
// A row trigger keeps it in step with therapist_search, in the same transaction; updates that
// touch only the availability summary (bookings, the daily roll) leave it alone.
const COLUMNS = [
  'accepting', 'earliest_license_expiry', 'latest_license_expiry', 'formats', 'languages', 'concerns',
  'specialty_concerns', 'treated_concerns', 'modalities', 'communities', 'age_groups', 'gender',
  'price_band', 'fee_minor', 'sliding_scale_min_minor',
];
const COVERING = `("jurisdiction", "therapist_id") include (${COLUMNS.map((column) => `"${column}"`).join(', ')})`;
const STORED = [...COLUMNS, 'insurance'];
const changed = STORED.map((column) => `old.${column} is distinct from new.${column}`).join(' or ');

export class Migration20261204000000SearchStates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "therapist_search_states" (
      "jurisdiction" text not null,
      "therapist_id" uuid not null,
      "accepting" boolean not null,
      "earliest_license_expiry" date not null,
      "latest_license_expiry" date not null,
      "formats" text[] not null,
      "languages" text[] not null,
      "concerns" text[] not null,
      "specialty_concerns" text[] not null,
      "treated_concerns" text[] not null,
      "modalities" text[] not null,
      "communities" text[] not null,
      "age_groups" text[] not null,
      "gender" text null,
      "price_band" text null,
      "fee_minor" int null,
      "sliding_scale_min_minor" int null,
      "insurance" text[] not null,
      constraint "therapist_search_states_pkey" primary key ("jurisdiction", "therapist_id"),
      constraint "therapist_search_states_therapist_id_foreign" foreign key ("therapist_id") references "therapist_search" ("therapist_id") on delete cascade);`);
    this.addSql(`create index "therapist_search_states_covering" on "therapist_search_states" ${COVERING};`);
    this.addSql(`create index "therapist_search_states_therapist_id_index" on "therapist_search_states" ("therapist_id");`);

    this.addSql(`create function therapist_search_states_write() returns trigger language plpgsql as $$
begin
  if TG_OP = 'UPDATE' then
    delete from therapist_search_states where therapist_id = new.therapist_id;
  end if;
  insert into therapist_search_states (jurisdiction, therapist_id, ${STORED.join(', ')})
  select j, new.therapist_id, ${STORED.map((column) => `new.${column}`).join(', ')} from unnest(new.jurisdictions) j;
  return null;
end $$;`);
    this.addSql(`create trigger "therapist_search_states_after_insert" after insert on "therapist_search" for each row execute function therapist_search_states_write();`);
    this.addSql(`create trigger "therapist_search_states_after_update" after update on "therapist_search" for each row
      when (old.jurisdictions is distinct from new.jurisdictions or ${changed}) execute function therapist_search_states_write();`);
    // Deleting a read-model row deletes its states through the foreign key.

    this.addSql(`create function therapist_search_states_rebuild() returns void language sql as $$
  delete from therapist_search_states;
  insert into therapist_search_states (jurisdiction, therapist_id, ${STORED.join(', ')})
  select j, s.therapist_id, ${STORED.map((column) => `s.${column}`).join(', ')} from therapist_search s cross join unnest(s.jurisdictions) j;
$$;`);
    this.addSql(`select therapist_search_states_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "therapist_search_states_after_update" on "therapist_search";`);
    this.addSql(`drop trigger "therapist_search_states_after_insert" on "therapist_search";`);
    this.addSql(`drop function therapist_search_states_rebuild();`);
    this.addSql(`drop function therapist_search_states_write();`);
    this.addSql(`drop table "therapist_search_states";`);
  }
}
