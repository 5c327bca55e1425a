import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100000AuditRefusesTruncate extends Migration {
  override async up(): Promise<void> {
    // Row triggers never see TRUNCATE (nor DELETE's faster cousin on a parent table's
    // cascade), so the append-only rule needs a statement-level trigger as well.
    this.addSql(`create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only();`);
    // A failed log-in for an email nobody has is still audited (with its IP), with no subject.
    this.addSql(`alter table "audit_events" alter column "subject_id" drop not null;`);
  }
}
