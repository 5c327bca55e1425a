import { Migration } from '@mikro-orm/migrations';

// Issue #12, "what is cached where", third counter. A whole anonymous search answer is kept per API
// process (KeptSearchResponses) while none of the three counters has moved: therapist_search_changes
// (candidates, facets), therapist_ranking_changes (open times, ratings) and this one, which moves
// when what a results page shows beyond the read model changes: a profile (bio, photo, name, any
// column), a license (the public list of valid ones) or a session type (`sessionTypes` on a shown
// therapist). The same deferred row-level constraint triggers as the other counters, moving at
// commit; and a statement trigger for TRUNCATE, which row triggers do not see, on these tables and
// on the two the other counters watch.
const PAGE_TABLES = ['therapist_profiles', 'licenses', 'session_types'];
const TRUNCATED_TABLES = [...PAGE_TABLES, 'therapist_search', 'alliance_ratings'];

export class Migration20261205010000PageChangeCounter extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "therapist_page_changes";`);
    this.addSql(`create function therapist_page_changed() returns trigger language plpgsql as $$
begin
  perform nextval('therapist_page_changes');
  return null;
end $$;`);
    for (const table of PAGE_TABLES) {
      this.addSql(`create constraint trigger "${table}_page_changed_rows" after insert or delete on "${table}"
        deferrable initially deferred for each row execute function therapist_page_changed();`);
      this.addSql(`create constraint trigger "${table}_page_changed_columns" after update on "${table}"
        deferrable initially deferred for each row when (to_jsonb(old) is distinct from to_jsonb(new)) execute function therapist_page_changed();`);
    }
    for (const table of TRUNCATED_TABLES) {
      this.addSql(`create trigger "${table}_page_truncated" after truncate on "${table}" for each statement execute function therapist_page_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TRUNCATED_TABLES) this.addSql(`drop trigger "${table}_page_truncated" on "${table}";`);
    for (const table of PAGE_TABLES) {
      this.addSql(`drop trigger "${table}_page_changed_columns" on "${table}";`);
      this.addSql(`drop trigger "${table}_page_changed_rows" on "${table}";`);
    }
    this.addSql(`drop function therapist_page_changed();`);
    this.addSql(`drop sequence "therapist_page_changes";`);
  }
}
