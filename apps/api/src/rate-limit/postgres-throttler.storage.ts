import { EntityManager } from '@mikro-orm/postgresql';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import type { BudgetCounter } from './budget-counter';

/**
 * Hits added to buckets, one statement for any number (parameter: a JSON array of `{ key, hits, ttl }`,
 * ttl in ms, one element per key): a bucket whose window closed starts a new one of `ttl` with its
 * hits. Keys in order, so two processes adding to the same buckets lock them in the same order.
 * Returns each bucket's `key`, its window's `hits` so far and `ms_left` in it.
 */
export const BUCKET_HITS_SQL = `insert into rate_limit_buckets (key, hits, expires_at)
  select t.key, t.hits, now() + t.ttl * interval '1 millisecond' from json_to_recordset(?::json) as t(key text, hits int, ttl int) order by t.key
  on conflict (key) do update set
    hits = case when rate_limit_buckets.expires_at <= now() then excluded.hits else rate_limit_buckets.hits + excluded.hits end,
    expires_at = case when rate_limit_buckets.expires_at <= now() then excluded.expires_at else rate_limit_buckets.expires_at end
  returning key, hits, greatest(0, extract(epoch from (expires_at - now())) * 1000)::integer as ms_left`;

/** Removes closed windows, so the table holds only live buckets; called now and then by whoever adds hits. */
export async function sweepClosedBuckets(em: EntityManager): Promise<void> {
  await em.getConnection().execute(`delete from rate_limit_buckets where expires_at < now()`).catch(() => undefined);
}

/**
 * @nestjs/throttler storage in PostgreSQL, so limits hold across api replicas
 * and restarts. Fixed windows: the first hit opens a window of `ttl` ms; hits
 * past `limit` are refused until it closes. The throttlers named in `counted`
 * (the budgets of expensive operations) are counted by `budgets`, in this process
 * and added to the same table in batches (BudgetCounter); the others (sign-in
 * limits) take a statement a hit, exact across replicas.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly em: EntityManager,
    private readonly budgets: BudgetCounter | null = null,
    private readonly counted: ReadonlySet<string> = new Set(),
  ) {}

  async increment(key: string, ttl: number, limit: number, _blockDuration?: number, throttlerName?: string): Promise<ThrottlerStorageRecord> {
    if (this.budgets && throttlerName !== undefined && this.counted.has(throttlerName)) {
      const { hits, msLeft, withinBudget } = this.budgets.hit(key, ttl, limit);
      return recordOf(hits, msLeft, !withinBudget);
    }
    const [row] = await this.em.getConnection().execute<{ hits: number; ms_left: number }[]>(BUCKET_HITS_SQL, [JSON.stringify([{ key, hits: 1, ttl }])]);
    // One hit in a hundred also removes closed windows.
    if (Math.random() < 0.01) void sweepClosedBuckets(this.em);
    return recordOf(row.hits, row.ms_left, row.hits > limit);
  }
}

function recordOf(hits: number, msLeft: number, blocked: boolean): ThrottlerStorageRecord {
  const secondsLeft = Math.ceil(msLeft / 1000);
  return { totalHits: hits, timeToExpire: secondsLeft, isBlocked: blocked, timeToBlockExpire: blocked ? secondsLeft : 0 };
}
