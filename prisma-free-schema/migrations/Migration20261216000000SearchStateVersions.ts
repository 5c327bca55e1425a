import { Migration } from '@mikro-orm/migrations';

// Issue #12: a version per state of its therapist_search_states rows, moved in the transaction of
// every statement that writes any of them. An API process may then hold a state's rows in memory
// (StateRowIndex) and know, with the version read in the same statement as each search's row
// versions, that what it holds is what that statement would have read. A profile edit moves its
// states' versions: concurrent edits in one state wait for each other's commit on this row, as they
// already do on the state's kept counts (therapist_search_facet_counts). Bookings and the daily roll
// write no state row (the row trigger's columns), so they move nothing here.
export class Migration20261216000000SearchStateVersions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "therapist_search_state_versions" (
      "jurisdiction" text not null primary key,
      "version" bigint not null);`);
    // The states written by one statement, each moved once, in jurisdiction order (two statements
    // moving the same states lock their rows in the same order). `changed_rows` is the statement's
    // transition table: its new rows for an insert, its old ones for a delete.
    this.addSql(`create function therapist_search_state_versions_move() returns trigger language plpgsql as $$
begin
  insert into therapist_search_state_versions as v (jurisdiction, version)
    select distinct jurisdiction, 1 from changed_rows order by jurisdiction
    on conflict (jurisdiction) do update set version = v.version + 1;
  return null;
end $$;`);
    // An update may move a row to another state: both count.
    this.addSql(`create function therapist_search_state_versions_move_updated() returns trigger language plpgsql as $$
begin
  insert into therapist_search_state_versions as v (jurisdiction, version)
    select jurisdiction, 1 from (select jurisdiction from old_rows union select jurisdiction from new_rows) j order by jurisdiction
    on conflict (jurisdiction) do update set version = v.version + 1;
  return null;
end $$;`);
    // A truncate names no state: every state moves.
    this.addSql(`create function therapist_search_state_versions_move_all() returns trigger language plpgsql as $$
begin
  update therapist_search_state_versions set version = version + 1;
  return null;
end $$;`);
    this.addSql(`create trigger "therapist_search_state_versions_after_insert" after insert on "therapist_search_states"
      referencing new table as changed_rows for each statement execute function therapist_search_state_versions_move();`);
    this.addSql(`create trigger "therapist_search_state_versions_after_delete" after delete on "therapist_search_states"
      referencing old table as changed_rows for each statement execute function therapist_search_state_versions_move();`);
    this.addSql(`create trigger "therapist_search_state_versions_after_update" after update on "therapist_search_states"
      referencing old table as old_rows new table as new_rows for each statement execute function therapist_search_state_versions_move_updated();`);
    this.addSql(`create trigger "therapist_search_state_versions_after_truncate" after truncate on "therapist_search_states"
      for each statement execute function therapist_search_state_versions_move_all();`);
    // Every state that has rows now has a version, so a state without one has had no row since.
    this.addSql(`insert into therapist_search_state_versions (jurisdiction, version)
      select distinct jurisdiction, 1 from therapist_search_states;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "therapist_search_state_versions_after_insert" on "therapist_search_states";`);
    this.addSql(`drop trigger "therapist_search_state_versions_after_delete" on "therapist_search_states";`);
    this.addSql(`drop trigger "therapist_search_state_versions_after_update" on "therapist_search_states";`);
    this.addSql(`drop trigger "therapist_search_state_versions_after_truncate" on "therapist_search_states";`);
    this.addSql(`drop function therapist_search_state_versions_move();`);
    this.addSql(`drop function therapist_search_state_versions_move_updated();`);
    this.addSql(`drop function therapist_search_state_versions_move_all();`);
    this.addSql(`drop table "therapist_search_state_versions";`);
  }
}
