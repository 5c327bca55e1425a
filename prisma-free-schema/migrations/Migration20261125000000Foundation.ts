import { Migration } from '@mikro-orm/migrations';

export class Migration20261125000000Foundation extends Migration {
  override async up(): Promise<void> {
    // btree_gist backs the bookings exclusion constraint; pg_trgm backs typo-tolerant search.
    this.addSql('create extension if not exists btree_gist;');
    this.addSql('create extension if not exists pg_trgm;');

    this.addSql(`create type "user_role" as enum ('CLIENT', 'THERAPIST', 'ADMIN');`);
    this.addSql(`create table "users" (
      "id" uuid not null,
      "email" text not null,
      "password_hash" text not null,
      "role" "user_role" not null,
      "time_zone" text not null default 'UTC',
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "users_pkey" primary key ("id"),
      constraint "users_email_normalised" check ("email" = lower(btrim("email")) and "email" like '%_@_%')
    );`);
    this.addSql('create unique index "users_email_lower_unique" on "users" (lower("email"));');

    this.addSql(`create table "auth_sessions" (
      "id" uuid not null,
      "user_id" uuid not null,
      "token_hash" text not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "revoked_at" timestamptz null,
      constraint "auth_sessions_pkey" primary key ("id"),
      constraint "auth_sessions_expiry_after_creation" check ("expires_at" > "created_at")
    );`);
    this.addSql('alter table "auth_sessions" add constraint "auth_sessions_token_hash_unique" unique ("token_hash");');
    this.addSql('create index "auth_sessions_user_id_index" on "auth_sessions" ("user_id");');
    this.addSql(`alter table "auth_sessions" add constraint "auth_sessions_user_id_foreign"
      foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "rate_limit_buckets" (
      "key" text not null,
      "hits" integer not null,
      "expires_at" timestamptz not null,
      constraint "rate_limit_buckets_pkey" primary key ("key"),
      constraint "rate_limit_buckets_hits_positive" check ("hits" > 0)
    );`);
  }
}
