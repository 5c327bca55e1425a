import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { BUCKET_HITS_SQL, sweepClosedBuckets } from './postgres-throttler.storage';

/** How long hits wait in this process before one statement adds them to the shared buckets. */
export const BUDGET_FLUSH_MS = 100;

/** A hit's outcome: the window's hits so far as this process knows them, and how long the window has left. */
export interface BudgetHit {
  hits: number;
  msLeft: number;
  withinBudget: boolean;
}

/** One caller's window of one budget, as this process sees it. */
interface Window {
  endsAtMs: number;
  ttlMs: number;
  /** The window's hits in rate_limit_buckets when this process last added its own (every process's). */
  shared: number;
  /** This process's hits not yet added there. */
  pending: number;
}

/**
 * The callers' budgets of expensive operations (searches and slots, calendar imports, booking
 * changes), counted in this process and added to the shared buckets (rate_limit_buckets, the table
 * the sign-in limits use) every BUDGET_FLUSH_MS, one statement for every bucket hit meanwhile. A
 * hit is decided here at once, against the window's hits as the last flush read them plus this
 * process's since: within one process a budget holds exactly; across processes, each learns the
 * others' hits when it next flushes, so a caller spreading a burst over N processes gets at most
 * what the other N - 1 accept in one flush interval beyond their budget (and never more than N
 * budgets in a window's first interval). Counting every search with a statement of its own was a
 * round trip and a write per search: side by side at 100k, 8 clients, a computed search cost the
 * API 0.5–0.75 ms less CPU without it, a repeated one PostgreSQL 0.52 → 0.35 ms, and 1.12× as many
 * repeated searches were served a second (bench/search/README.md, forty-ninth run). Sign-in, sign-up
 * and password limits stay a statement a hit (PostgresThrottlerStorage): exact across processes,
 * where guesses are what they count.
 */
@Injectable()
export class BudgetCounter implements OnModuleDestroy {
  private readonly logger = new Logger(BudgetCounter.name);
  private readonly windows = new Map<string, Window>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  /** Set once the app closes: its last flush has run, and nothing schedules another. */
  private closed = false;

  constructor(
    private readonly em: EntityManager,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** One hit on `key`'s window of `ttlMs` against `limit`; the hit is added to the shared bucket with the next flush. */
  hit(key: string, ttlMs: number, limit: number): BudgetHit {
    const now = this.nowMs();
    let window = this.windows.get(key);
    if (window === undefined || now >= window.endsAtMs) {
      // A new window as far as this process knows; a flush aligns it with the shared bucket's.
      window = { endsAtMs: now + ttlMs, ttlMs, shared: 0, pending: 0 };
      this.windows.set(key, window);
    }
    window.pending += 1;
    this.scheduleFlush();
    const hits = window.shared + window.pending;
    return { hits, msLeft: window.endsAtMs - now, withinBudget: hits <= limit };
  }

  /** Adds every hit counted here to the shared buckets now and reads their windows back; settles once done. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // One flush at a time: hits counted meanwhile wait for the next.
    while (this.flushing) await this.flushing;
    this.flushing = this.addPending().finally(() => (this.flushing = null));
    await this.flushing;
  }

  /** Before the database connection closes (onApplicationShutdown): the hits counted here are added. */
  async onModuleDestroy(): Promise<void> {
    await this.flush();
    this.closed = true;
  }

  private scheduleFlush(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, BUDGET_FLUSH_MS);
    this.timer.unref();
  }

  private async addPending(): Promise<void> {
    const now = this.nowMs();
    const sent = new Map<string, { window: Window; hits: number }>();
    for (const [key, window] of this.windows) {
      if (window.pending > 0) sent.set(key, { window, hits: window.pending });
      // A closed window with nothing to add: forgotten (the shared bucket has its hits).
      else if (now >= window.endsAtMs) this.windows.delete(key);
    }
    if (sent.size === 0) return;
    const batch = [...sent].map(([key, { window, hits }]) => ({ key, hits, ttl: window.ttlMs }));
    let rows: { key: string; hits: number; ms_left: number }[];
    try {
      rows = await this.em.getConnection().execute(BUCKET_HITS_SQL, [JSON.stringify(batch)]);
    } catch (error) {
      // Kept for the next flush: a budget still holds in this process meanwhile. No keys in the log (IPs, user ids).
      this.logger.warn(`could not add ${sent.size} budget bucket(s) to the shared counts: ${(error as { code?: string }).code ?? (error as Error).name}`);
      this.scheduleFlush();
      return;
    }
    const readAtMs = this.nowMs();
    for (const row of rows) {
      const { window, hits } = sent.get(row.key)!;
      window.pending -= hits;
      // A window this process started again meanwhile is newer than the one just read.
      if (this.windows.get(row.key) !== window) continue;
      window.shared = row.hits;
      window.endsAtMs = readAtMs + row.ms_left;
    }
    // One flush in twenty also removes closed windows.
    if (Math.random() < 0.05) await sweepClosedBuckets(this.em);
  }
}
