import { Migration } from '@mikro-orm/migrations';

export class Migration20261130100000AccountSettings extends Migration {
  override async up(): Promise<void> {
    // A deleted account keeps its row, anonymised, so bookings and the audit trail still point at something.
    this.addSql(`alter table "users" add column "deleted_at" timestamptz null;`);
    // Forgot-password links: single use, expiring, only the token's hash kept.
    this.addSql(`create table "password_reset_tokens" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_tokens_pkey" primary key ("id"), constraint "password_reset_tokens_expiry_after_creation" check ("expires_at" > "created_at"));`);
    this.addSql(`alter table "password_reset_tokens" add constraint "password_reset_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_tokens_user_time_index" on "password_reset_tokens" ("user_id", "created_at");`);
    this.addSql(`alter table "password_reset_tokens" add constraint "password_reset_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }
}
