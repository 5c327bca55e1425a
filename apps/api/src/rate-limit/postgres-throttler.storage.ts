import { EntityManager } from '@mikro-orm/postgresql';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { BudgetCounter } from './budget-counter';

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
    const [row] = await this.em.getConnection().execute<{ hits: number; ms_left: number }[]>(BUCKET_HIT_SQL, [key, ttl]);
    this.sweepSometimes();
    return recordOf(row.hits, row.ms_left, row.hits > limit);
  }

  /** Removes closed windows now and then (one hit in a hundred), so the table holds only live buckets. */
  sweepSometimes(): void {
    if (Math.random() < 0.01) void this.deleteExpired();
  }

  private async deleteExpired(): Promise<void> {
    await this.em.getConnection().execute(`delete from rate_limit_buckets where expires_at < now()`).catch(() => undefined);
  }
}

function recordOf(hits: number, msLeft: number, blocked: boolean): ThrottlerStorageRecord {
  const secondsLeft = Math.ceil(msLeft / 1000);
  return { totalHits: hits, timeToExpire: secondsLeft, isBlocked: blocked, timeToBlockExpire: blocked ? secondsLeft : 0 };
}
