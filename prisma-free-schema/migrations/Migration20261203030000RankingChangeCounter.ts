import { Migration } from '@mikro-orm/migrations';

// Issue #12, "what is cached where", second counter. A ranked search (the order of a query's 400
// candidates, with their open times) is kept per API process (RankingCache) while neither counter
// has moved: therapist_search_changes (profile, license and facet columns, migration
// 20261203010000) and this one, which moves when what the ranking reads beyond those does: a row's
// availability summary (a booking flags it stale and bumps its version, the outbox and the daily
// roll recompute it) or any client's alliance rating. The same deferred row-level constraint
// triggers as the first counter, so a sequence, not a row every writer would queue on.
const SUMMARY_COLUMNS = [
  'open_slot_starts', 'availability_exact_until', 'availability_stale', 'availability_version', 'slot_minutes', 'minimum_notice_minutes', 'horizon_days',
];
const summaryOf = (row: 'old' | 'new') => `(${SUMMARY_COLUMNS.map((column) => `${row}.${column}`).join(', ')})`;

export class Migration20261203030000RankingChangeCounter extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "therapist_ranking_changes";`);
    this.addSql(`create function therapist_ranking_changed() returns trigger language plpgsql as $$
begin
  perform nextval('therapist_ranking_changes');
  return null;
end $$;`);
    this.addSql(`create constraint trigger "therapist_ranking_changed_summary" after update on "therapist_search"
      deferrable initially deferred for each row
      when (${summaryOf('old')} is distinct from ${summaryOf('new')})
      execute function therapist_ranking_changed();`);
    this.addSql(`create constraint trigger "therapist_ranking_changed_ratings" after insert or update or delete on "alliance_ratings"
      deferrable initially deferred for each row execute function therapist_ranking_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "therapist_ranking_changed_ratings" on "alliance_ratings";`);
    this.addSql(`drop trigger "therapist_ranking_changed_summary" on "therapist_search";`);
    this.addSql(`drop function therapist_ranking_changed();`);
    this.addSql(`drop sequence "therapist_ranking_changes";`);
  }
}
