import { Migration } from '@mikro-orm/migrations';
import { RANKING_CHANGED_BY_GROUP } from './Migration20261210000000RankingChangesByState';

// Issue #12, "what is cached where": which therapist each move of the ranking counter was for. A
// kept answer in a state is stamped with its group's counter (migration 20261210000000), which a
// booking of any therapist licensed there moves: with bookings landing every few hundred
// milliseconds, New York's answers ended that often, though a booking changes only what shows the
// booked therapist. Each move is now logged with its number (the global counter's value) and the
// therapist, so an answer whose group counter moved is checked against the therapists it ranked:
// if none changed since it was kept, it is kept again under the new counters (search-cache.ts,
// RankingChangeLog). Rows older than two hours are deleted as the log grows (every 1,024th change):
// an answer is kept at most SEARCH_CACHE_SECONDS, at most an hour, after it was computed.

/** How long a logged change is kept: twice the longest SEARCH_CACHE_SECONDS (config.schema.ts). */
export const RANKING_LOG_KEPT_HOURS = 2;

export class Migration20261215000000RankingChangeLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "therapist_ranking_change_log" (
      "change" bigint not null primary key,
      "therapist_id" uuid not null,
      "logged_at" timestamptz not null default now());`);
    // "Did any of these therapists change after this number?": each therapist's latest first.
    this.addSql(`create index "therapist_ranking_change_log_therapist_change_index" on "therapist_ranking_change_log" ("therapist_id", "change");`);
    this.addSql(`create index "therapist_ranking_change_log_logged_at_index" on "therapist_ranking_change_log" ("logged_at");`);
    this.addSql(`create or replace function therapist_ranking_changed() returns trigger language plpgsql as $$
declare
  states text[];
  state_group int;
  v_therapist uuid := coalesce(new.therapist_id, old.therapist_id);
  v_change bigint := nextval('therapist_ranking_changes');
begin
  insert into therapist_ranking_change_log (change, therapist_id) values (v_change, v_therapist);
  if v_change % 1024 = 0 then
    delete from therapist_ranking_change_log where logged_at < now() - interval '${RANKING_LOG_KEPT_HOURS} hours';
  end if;
  if tg_table_name = 'therapist_search' then
    states := coalesce(old.jurisdictions, '{}') || coalesce(new.jurisdictions, '{}');
  else
    select s.jurisdictions into states from therapist_search s where s.therapist_id = v_therapist;
  end if;
  for state_group in select distinct therapist_ranking_group(j) from unnest(coalesce(states, '{}')) j loop
    perform nextval('therapist_ranking_changes_' || state_group);
  end loop;
  return null;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(RANKING_CHANGED_BY_GROUP);
    this.addSql(`drop table "therapist_ranking_change_log";`);
  }
}
