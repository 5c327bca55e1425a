import { Migration } from '@mikro-orm/migrations';

// Superbills (issue 10 point 9): a session type may carry the therapist's own
// CPT code; null means the default from its kind and length (cptCodeOf in libs/domain).
// The admins' payment issues (point 8) read disputes and declines through a partial index.
export class Migration20261201010000LedgerAndSuperbills extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "session_types" add column "cpt_code" text null;`);
    this.addSql(`alter table "session_types" add constraint session_types_cpt_code check (((cpt_code IS NULL) OR (cpt_code ~ '^[0-9]{5}$'::text)));`);
    this.addSql(`create index "payments_issues_index" on "payments" ("updated_at" desc) where (disputed or (last_error is not null));`);
  }
}
