import { Migration } from '@mikro-orm/migrations';

// Superbills (issue 10 point 9): a session type may carry the therapist's own
// CPT code; null means the default from its kind and length (cptCodeOf in libs/domain).
export class Migration20261201010000SessionTypeCptCode extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "session_types" add column "cpt_code" text null;`);
    this.addSql(`alter table "session_types" add constraint session_types_cpt_code check (((cpt_code IS NULL) OR (cpt_code ~ '^[0-9]{5}$'::text)));`);
  }
}
