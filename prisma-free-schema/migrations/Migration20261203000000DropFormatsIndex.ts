import { Migration } from '@mikro-orm/migrations';

// Issue #12. Session formats have three values and VIDEO is on most rows (83,652 of 87,000 in the
// 100k bench): a search for video read that whole posting list to remove one in twenty-five of the state's
// rows, which cost more than rechecking them on the heap (CA + anxiety + video facets at 100k:
// 38.8 → 33.6 ms p50 without the index). Every search names a state, whose index narrows first.
export class Migration20261203000000DropFormatsIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "therapist_search_formats_gin";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "therapist_search_formats_gin" on "therapist_search" using gin ("formats");`);
  }
}
