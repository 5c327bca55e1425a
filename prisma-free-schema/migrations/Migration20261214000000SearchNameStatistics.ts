import { Migration } from '@mikro-orm/migrations';

// Issue #12: planning a search with words cost more than some of them take to run. pg_trgm's `%`
// (similar names) is estimated by matchingsel, which runs the operator itself against the column's
// most common values and histogram: some 200 similarity() calls of the asked text against sampled
// names, at every plan (about 1 ms: at 100k, a CA typo's statement planned in 2.7–2.9 ms, its text
// part in 1.1 of them; 0.14 with this). A statistics target of 1 keeps one common value and two
// bounds, under the 100 bounds matchingsel needs to sample, so it takes pg_trgm's default share (1 %)
// instead; on the 100k bench database the text part's plan and its row estimate (143, then 137)
// stayed the same. Only `%` reads these statistics (no statement compares or sorts names). The target set on
// the partitioned table reaches every partition; both tables are analyzed again so it holds now.
const TABLES = ['therapist_search_state_texts', 'therapist_search'] as const;

export class Migration20261214000000SearchNameStatistics extends Migration {
  override async up(): Promise<void> {
    for (const table of TABLES) {
      this.addSql(`alter table "${table}" alter column "display_name" set statistics 1;`);
      this.addSql(`analyze "${table}" ("display_name");`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) {
      this.addSql(`alter table "${table}" alter column "display_name" set statistics -1;`);
      this.addSql(`analyze "${table}" ("display_name");`);
    }
  }
}
