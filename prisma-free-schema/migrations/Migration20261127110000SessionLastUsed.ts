import { Migration } from '@mikro-orm/migrations';

export class Migration20261127110000SessionLastUsed extends Migration {
  override async up(): Promise<void> {
    // For the idle timeout (SESSION_IDLE_MINUTES); written at most once a minute per session.
    this.addSql(`alter table "auth_sessions" add column "last_used_at" timestamptz null;`);
    this.addSql(`update "auth_sessions" set "last_used_at" = "created_at";`);
    this.addSql(`alter table "auth_sessions" alter column "last_used_at" set not null;`);
    this.addSql(`alter table "auth_sessions" add constraint "auth_sessions_last_used_after_creation" check ("last_used_at" >= "created_at");`);
  }
}
