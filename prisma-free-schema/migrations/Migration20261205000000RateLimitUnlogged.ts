import { Migration } from '@mikro-orm/migrations';

// Issue #12: every rate-limited request (each search among them) upserts its caller's bucket, one
// row per budget and IP, so concurrent searches from one address queue on that row until each
// commit's WAL is flushed. A bucket is worth nothing after a crash (its window is a minute), so the
// table skips the WAL: PostgreSQL empties an unlogged table after a crash, which forgets at most a
// minute of counts, and replicas do not carry it (buckets are read and written on the primary).
export class Migration20261205000000RateLimitUnlogged extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "rate_limit_buckets" set unlogged;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rate_limit_buckets" set logged;`);
  }
}
