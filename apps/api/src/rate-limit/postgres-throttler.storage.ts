import { EntityManager } from '@mikro-orm/postgresql';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

/**
 * One hit on bucket `?` (key) with a window of `?` ms, as a statement of its own or a CTE:
 * returns the window's `hits` so far and `ms_left` in it.
 */
export const BUCKET_HIT_SQL = `insert into rate_limit_buckets (key, hits, expires_at)
       values (?, 1, now() + ? * interval '1 millisecond')
       on conflict (key) do update set
         hits = case when rate_limit_buckets.expires_at <= now() then 1 else rate_limit_buckets.hits + 1 end,
         expires_at = case when rate_limit_buckets.expires_at <= now() then excluded.expires_at
                           else rate_limit_buckets.expires_at end
       returning hits, greatest(0, extract(epoch from (expires_at - now())) * 1000)::integer as ms_left`;

/**
 * @nestjs/throttler storage in PostgreSQL, so limits hold across api replicas
 * and restarts. Fixed windows: the first hit opens a window of `ttl` ms; hits
 * past `limit` are refused until it closes.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly em: EntityManager) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const [row] = await this.em.getConnection().execute<{ hits: number; ms_left: number }[]>(BUCKET_HIT_SQL, [key, ttl]);
    this.sweepSometimes();
    const secondsLeft = Math.ceil(row.ms_left / 1000);
    return {
      totalHits: row.hits,
      timeToExpire: secondsLeft,
      isBlocked: row.hits > limit,
      timeToBlockExpire: row.hits > limit ? secondsLeft : 0,
    };
  }

  /** Removes closed windows now and then (one hit in a hundred), so the table holds only live buckets. */
  sweepSometimes(): void {
    if (Math.random() < 0.01) void this.deleteExpired();
  }

  private async deleteExpired(): Promise<void> {
    await this.em.getConnection().execute(`delete from rate_limit_buckets where expires_at < now()`).catch(() => undefined);
  }
}
