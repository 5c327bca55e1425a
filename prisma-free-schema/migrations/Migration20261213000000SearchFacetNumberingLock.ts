import { Migration } from '@mikro-orm/migrations';
import { CHARS_FUNCTION } from './Migration20261207000000SearchFacetChars';

// Issue #12: two writers numbering new facet values could deadlock. therapist_search_facet_chars
// inserts the values a row holds that the dictionary lacks; a transaction writing several rows
// (a batch of therapists, or a profile and then another) inserts them a row at a time, so one
// transaction could hold value A uncommitted and wait for B while another held B and waited for A.
// PostgreSQL then aborts one of them: seeding a fresh database hit it, and so could two therapists
// saving the first profiles with new languages. Numbering now takes turns, as the filter bits do
// (search_filter_mask, migration 20261208000000): a transaction-scoped advisory lock, taken only
// when a value is missing (a dictionary that holds every value never takes it), and held to
// commit, so a second writer waits for the first and then finds its values numbered.
const UNLOCKED_CHARS_FUNCTION = CHARS_FUNCTION.replace('create function', 'create or replace function');
const LOCKED_CHARS_FUNCTION = UNLOCKED_CHARS_FUNCTION.replace(
  `if attempt = 1 then
      insert into therapist_search_facet_values`,
  `if attempt = 1 then
      -- One numbering at a time (held to commit): writers never wait for each other's values in turn.
      perform pg_advisory_xact_lock(hashtext('therapist_search_facet_values'));
      insert into therapist_search_facet_values`,
);

export class Migration20261213000000SearchFacetNumberingLock extends Migration {
  override async up(): Promise<void> {
    if (LOCKED_CHARS_FUNCTION === UNLOCKED_CHARS_FUNCTION) {
      throw new Error('therapist_search_facet_chars changed: the numbering lock has no place to go');
    }
    this.addSql(LOCKED_CHARS_FUNCTION);
  }

  override async down(): Promise<void> {
    this.addSql(UNLOCKED_CHARS_FUNCTION);
  }
}
