import { EntityManager } from '@mikro-orm/postgresql';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

/**
 * @nestjs/throttler storage in PostgreSQL, so limits hold across api replicas
 * and restarts. Fixed windows: the first hit opens a window of `ttl` ms; hits
 * past `limit` are refused until it closes.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly em: EntityManager) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const [row] = await this.em.getConnection().execute<{ hits: number; ms_left: number }[]>(
      `insert into rate_limit_buckets (key, hits, expires_at)
       values (?, 1, now() + ? * interval '1 millisecond')
       on conflict (key) do update set
         hits = case when rate_limit_buckets.expires_at <= now() then 1 else rate_limit_buckets.hits + 1 end,
         expires_at = case when rate_limit_buckets.expires_at <= now() then excluded.expires_at
                           else rate_limit_buckets.expires_at end
       returning hits, greatest(0, extract(epoch from (expires_at - now())) * 1000)::integer as ms_left`,
      [key, ttl],
    );
    if (Math.random() < 0.01) void this.deleteExpired();
    const secondsLeft = Math.ceil(row.ms_left / 1000);
    return {
      totalHits: row.hits,
      timeToExpire: secondsLeft,
      isBlocked: row.hits > limit,
      timeToBlockExpire: row.hits > limit ? secondsLeft : 0,
    };
  }

  private async deleteExpired(): Promise<void> {
    await this.em.getConnection().execute(`delete from rate_limit_buckets where expires_at < now()`).catch(() => undefined);
  }
}
