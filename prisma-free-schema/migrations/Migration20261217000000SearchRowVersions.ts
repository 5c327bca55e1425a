import { Migration } from '@mikro-orm/migrations';

// Issue #12: a version per state of its therapist_search rows (the read model's whole rows, which
// the ranking reads: availability summaries, fees, ratings), moved in the transaction of every
// statement that writes a row licensed there. StateRowIndex read the row versions of a search's
// 400 candidates every search (400 index probes); it now keeps the versions it read, per state,
// with that state's row version, and while a search's statement reads the same row version no row
// of the state has been written since, so only candidates it has not seen are probed. Unlike
// therapist_search_state_versions, bookings and the summaries move this one: a booking marks its
// therapist's summary stale in its own transaction (therapist_search_source_changed), so two
// bookings of therapists licensed in one state wait for each other's commit on the state's row
// here, as profile edits do on its kept counts. Each statement locks its states in jurisdiction order.
export class Migration20261217000000SearchRowVersions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "therapist_search_row_versions" (
      "jurisdiction" text not null primary key,
      "version" bigint not null);`);
    // `changed_rows` is the statement's transition table: its new rows for an insert, its old ones for a delete.
    this.addSql(`create function therapist_search_row_versions_move() returns trigger language plpgsql as $$
begin
  insert into therapist_search_row_versions as v (jurisdiction, version)
    select distinct j, 1 from changed_rows, unnest(changed_rows.jurisdictions) j order by j
    on conflict (jurisdiction) do update set version = v.version + 1;
  return null;
end $$;`);
    // An update may license a row in another state, or no longer: both the old and the new states count.
    this.addSql(`create function therapist_search_row_versions_move_updated() returns trigger language plpgsql as $$
begin
  insert into therapist_search_row_versions as v (jurisdiction, version)
    select j, 1 from (select unnest(jurisdictions) j from old_rows union select unnest(jurisdictions) from new_rows) states order by j
    on conflict (jurisdiction) do update set version = v.version + 1;
  return null;
end $$;`);
    this.addSql(`create function therapist_search_row_versions_move_all() returns trigger language plpgsql as $$
begin
  update therapist_search_row_versions set version = version + 1;
  return null;
end $$;`);
    this.addSql(`create trigger "therapist_search_row_versions_after_insert" after insert on "therapist_search"
      referencing new table as changed_rows for each statement execute function therapist_search_row_versions_move();`);
    this.addSql(`create trigger "therapist_search_row_versions_after_delete" after delete on "therapist_search"
      referencing old table as changed_rows for each statement execute function therapist_search_row_versions_move();`);
    this.addSql(`create trigger "therapist_search_row_versions_after_update" after update on "therapist_search"
      referencing old table as old_rows new table as new_rows for each statement execute function therapist_search_row_versions_move_updated();`);
    this.addSql(`create trigger "therapist_search_row_versions_after_truncate" after truncate on "therapist_search"
      for each statement execute function therapist_search_row_versions_move_all();`);
    // Every state whose rows exist has a version, so a state without one has had no row since.
    this.addSql(`insert into therapist_search_row_versions (jurisdiction, version)
      select distinct j, 1 from therapist_search, unnest(jurisdictions) j;`);
  }

  override async down(): Promise<void> {
    for (const event of ['insert', 'delete', 'update', 'truncate']) this.addSql(`drop trigger "therapist_search_row_versions_after_${event}" on "therapist_search";`);
    this.addSql(`drop function therapist_search_row_versions_move();`);
    this.addSql(`drop function therapist_search_row_versions_move_updated();`);
    this.addSql(`drop function therapist_search_row_versions_move_all();`);
    this.addSql(`drop table "therapist_search_row_versions";`);
  }
}
