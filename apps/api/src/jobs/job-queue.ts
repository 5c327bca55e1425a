import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { durationMs, MS_PER_SECOND } from '@rapport/domain';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JobHandlers, RegisteredJob } from './job-handlers';
import { JobName, JobPayloads } from './job-names';

/** pg-boss keeps its tables in this schema of the API's own database. */
export const JOBS_SCHEMA = 'pgboss';
/** Connections of pg-boss's own pool (workers, maintenance, sends). */
const JOBS_POOL_SIZE = 4;
/** Finished jobs are archived after a day and deleted a week later (pg-boss maintenance). */
const ARCHIVE_COMPLETED_AFTER_SECONDS = durationMs({ days: 1 }) / MS_PER_SECOND;
const DELETE_ARCHIVED_AFTER_DAYS = 7;
/** On shutdown, running handlers get this long to finish before their jobs are failed (and retried elsewhere). */
const STOP_TIMEOUT_MS = 10_000;
/** `drain` waits this long at most for jobs another worker is running, polling every DRAIN_ACTIVE_POLL_MS. */
const DRAIN_ACTIVE_WAIT_MS = 15_000;
const DRAIN_ACTIVE_POLL_MS = 25;

export interface SendOptions {
  /** Not run before this instant (read against the injected Clock). */
  startAfter?: Date;
  /**
   * At most one waiting job (not yet started, or failed and waiting to retry) per
   * name and key: a second `send` with the same key is dropped (returns null).
   * `schedule` replaces the waiting one instead. Once a job has run, the key is free.
   */
  singletonKey?: string;
}

export interface DrainOptions {
  /** Also run jobs whose start time has not come yet (tests that move a pinned clock). */
  includeFuture?: boolean;
}

/**
 * Timed and background work on pg-boss, in the API's PostgreSQL database
 * (schema `pgboss`). Jobs survive restarts (they are rows), and each runs on
 * one replica at a time: workers claim with `FOR UPDATE SKIP LOCKED`. A run
 * that throws is retried with exponential backoff; a replica that dies
 * mid-run leaves the job active until it expires, then it is retried, so
 * handlers must be safe to run twice (at least once, not exactly once).
 *
 * To schedule work as part of a database change, write an outbox event in the
 * change's transaction and schedule the job from its handler: keys make the
 * repeat of a redelivered event harmless.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private boss?: PgBoss;
  private readonly createdQueues = new Set<string>();
  private readonly working = new Set<string>();
  /** This replica's worker loops (one per job name) and its watch loop: shutdown waits for them (see onModuleDestroy). */
  private readonly loops = new Set<Promise<void>>();
  /** Wakes the watch loop sleeping between looks, so shutdown need not wait out an interval. */
  private readonly sleepers = new Set<() => void>();
  /** Per job name, the wake-up of its worker while it waits for the watch loop to find a job of it due. */
  private readonly idleWorkers = new Map<string, () => void>();
  private accepting = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly handlers: JobHandlers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts pg-boss (creating or migrating its schema) before any module sends a job. */
  async onModuleInit(): Promise<void> {
    const boss = new PgBoss({
      connectionString: this.orm.config.get('clientUrl'),
      schema: JOBS_SCHEMA,
      max: JOBS_POOL_SIZE,
      application_name: 'rapport-jobs',
      // Cron schedules are not used: timed work is a job with a start time.
      schedule: false,
      supervise: true,
      migrate: true,
      archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_AFTER_SECONDS,
      deleteAfterDays: DELETE_ARCHIVED_AFTER_DAYS,
    });
    // Without a listener an 'error' event would crash the process; job data is never part of it.
    boss.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
    await boss.start();
    this.boss = boss;
  }

  /** Workers start once every module has registered its handlers. */
  async onApplicationBootstrap(): Promise<void> {
    this.accepting = true;
    for (const name of this.handlers.names()) await this.startWorker(name);
    this.startLoop(this.watch(), 'watch');
    this.handlers.onRegister((name) => void this.startWorker(name).catch((error: unknown) => this.logger.error(`job queue: worker ${name}: ${messageOf(error)}`)));
  }

  /**
   * Stops polling, lets running handlers finish (up to 10 s), then closes pg-boss's pool:
   * before the database stops. The worker and watch loops are this class's own, not pg-boss's `work()`,
   * so shutdown knows when each has ended: pg-boss's worker loops, and the loop it runs to
   * watch them stop, could outlive `stop()` (in tests: run after the file's environment was gone).
   */
  async onModuleDestroy(): Promise<void> {
    this.accepting = false;
    for (const wake of [...this.sleepers, ...this.idleWorkers.values()]) wake();
    if (this.loops.size > 0) {
      const stopped = await Promise.race([
        Promise.allSettled([...this.loops]).then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS).unref()),
      ]);
      if (!stopped) this.logger.warn('job queue: a job was still running at shutdown; pg-boss fails it and it is retried');
    }
    const boss = this.boss;
    this.boss = undefined;
    await boss?.stop({ graceful: true, wait: true, close: true, timeout: STOP_TIMEOUT_MS });
  }

  /** Enqueues a job; null when a waiting job with the same singleton key already exists. */
  async send<N extends JobName>(name: N, data: JobPayloads[N], options: SendOptions & { id?: string } = {}): Promise<string | null> {
    const boss = this.requireBoss();
    await this.ensureQueue(name);
    // The queue's unique index covers waiting (`created`) jobs; one failed and waiting to retry counts too.
    if (options.singletonKey && (await this.waitingIds(name, options.singletonKey)).length > 0) return null;
    const id = options.id ?? randomUUID();
    // The queues use pg-boss's `short` policy (one waiting job per key): an unkeyed job gets a key of its own.
    const singletonKey = options.singletonKey ?? `job:${id}`;
    return boss.send(name, data as object, { id, singletonKey, startAfter: this.delaySeconds(options.startAfter) });
  }

  /**
   * Puts the job for `key` at `runAt` with `data`, replacing a waiting one with
   * the same key (a rescheduled reminder). Returns the new job's id, or null if a
   * concurrent schedule for the same key won.
   */
  async schedule<N extends JobName>(name: N, key: string, runAt: Date, data: JobPayloads[N]): Promise<string | null> {
    await this.cancel(name, key);
    return this.send(name, data, { singletonKey: key, startAfter: runAt });
  }

  /** Cancels the waiting (not yet running) jobs of `name` with this key; returns how many. */
  async cancel(name: JobName, key: string): Promise<number> {
    const ids = await this.waitingIds(name, key);
    if (ids.length > 0) await this.requireBoss().cancel(name, ids);
    return ids.length;
  }

  /** Jobs of `name` with this key that have not started: waiting for their time, or for a retry. */
  private async waitingIds(name: JobName, key: string): Promise<string[]> {
    const { rows } = await this.requireBoss()
      .getDb()
      .executeSql(`select id from ${JOBS_SCHEMA}.job where name = $1 and singleton_key = $2 and state in ('created', 'retry')`, [name, key]);
    return rows.map((row: { id: string }) => row.id);
  }

  /**
   * Runs this replica's due jobs of `name` now, in this process, and returns how
   * many ran (tests, and an operator who does not want to wait for the poll).
   */
  async drain(name: JobName, options: DrainOptions = {}): Promise<{ ran: number; failed: number }> {
    const boss = this.requireBoss();
    const registered = this.handlers.get(name);
    if (!registered) throw new Error(`job ${name} has no handler on this replica`);
    await this.ensureQueue(name);
    const outcome = { ran: 0, failed: 0 };
    for (;;) {
      const jobs = await boss.fetch<unknown>(name, { batchSize: 50, ignoreStartAfter: options.includeFuture ?? false });
      if (jobs.length === 0) {
        // A worker may have claimed a job just before this fetch: "drained" means its run has ended too
        // (and whatever it queued is fetched by the next turn).
        if (!(await this.awaitActive(name))) return outcome;
        continue;
      }
      for (const job of jobs) {
        outcome.ran += 1;
        if (!(await this.run(name, registered, job))) outcome.failed += 1;
      }
    }
  }

  /** Runs one fetched job and records its end in pg-boss: completed, or failed (retried while attempts remain). */
  private async run(name: string, registered: RegisteredJob, job: PgBoss.Job<unknown>): Promise<boolean> {
    const boss = this.requireBoss();
    try {
      await registered.handler(job.data, { id: job.id, name });
    } catch (error) {
      // The name and the error only: job data may carry what a message says.
      this.logger.warn(`job ${name} ${job.id} failed, will retry if attempts remain: ${messageOf(error)}`);
      await boss.fail(name, job.id, { message: messageOf(error) });
      return false;
    }
    await boss.complete(name, job.id);
    return true;
  }

  /**
   * Waits (bounded) until no job of `name` is running or being claimed; true if
   * some were and have ended. A due job still `created` after a fetch came back
   * empty is one another worker's fetch has locked (SKIP LOCKED passed it over)
   * but not yet committed as active: counting only `active` rows returned
   * "drained" in that instant. A job left active by a replica that died waits for
   * its expiry, so the wait gives up after DRAIN_ACTIVE_WAIT_MS.
   */
  private async awaitActive(name: JobName): Promise<boolean> {
    const deadline = Date.now() + DRAIN_ACTIVE_WAIT_MS;
    let waited = false;
    for (;;) {
      const { rows } = await this.requireBoss()
        .getDb()
        .executeSql(`select count(*)::int as n from ${JOBS_SCHEMA}.job
           where name = $1 and (state = 'active' or (state in ('created', 'retry') and start_after <= now()))`, [name]);
      if ((rows[0] as { n: number }).n === 0) return waited;
      if (Date.now() > deadline) return false;
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, DRAIN_ACTIVE_POLL_MS));
    }
  }

  /** A job's state (`created`, `retry`, `active`, `completed`, `cancelled`, `failed`), or null once deleted. */
  async stateOf(name: JobName, id: string): Promise<string | null> {
    const job = await this.requireBoss().getJobById(name, id, { includeArchive: true });
    return job?.state ?? null;
  }

  private async startWorker(name: string): Promise<void> {
    const registered = this.handlers.get(name);
    if (!this.accepting || !registered || this.working.has(name)) return;
    this.working.add(name);
    await this.ensureQueue(name, registered);
    // Shutting down meanwhile: a loop started now would outlive the shutdown.
    if (!this.accepting) return;
    this.startLoop(this.work(name, registered), `worker ${name}`);
  }

  private startLoop(loop: Promise<void>, label: string): void {
    const running = loop.catch((error: unknown) => this.logger.error(`job queue: ${label}: ${messageOf(error)}`));
    this.loops.add(running);
    void running.finally(() => this.loops.delete(running));
  }

  /**
   * Runs due jobs of `name` one at a time; when none is left, waits until the watch loop finds one
   * due (or shutdown). A worker per name, so a long job of one name holds up no other name's.
   */
  private async work(name: string, registered: RegisteredJob): Promise<void> {
    while (this.accepting) {
      let ran = false;
      try {
        const [job] = await this.requireBoss().fetch<unknown>(name, { batchSize: 1 });
        if (job) {
          await this.run(name, registered, job);
          ran = true;
        }
      } catch (error) {
        this.logger.error(`job queue: polling ${name}: ${messageOf(error)}`);
        // Not a tight loop against a database that refuses: the next look is the watch loop's.
      }
      // Checked here, not only at the loop's top: shutdown wakes only the workers already waiting.
      if (ran || !this.accepting) continue;
      await new Promise<void>((resolve) => this.idleWorkers.set(name, resolve));
      this.idleWorkers.delete(name);
    }
  }

  /**
   * Every JOBS_POLL_INTERVAL_SECONDS, one statement asks which job names whose workers wait have a
   * job due, and wakes those workers (each then fetches as pg-boss does, SKIP LOCKED). Each worker
   * fetching its own name every interval was a statement per name (ten), each planned over the
   * job table's partitions: side by side, an idle API process sent 5.3-5.8 transactions a second
   * and used 12.5-14.5 ms of CPU a second, against 1.1 and 9.5-12.0 this way (bench/search/README.md,
   * the seventieth run).
   */
  private async watch(): Promise<void> {
    while (this.accepting) {
      await this.sleep(this.config.JOBS_POLL_INTERVAL_SECONDS * MS_PER_SECOND);
      const waiting = [...this.idleWorkers.keys()];
      if (!this.accepting || waiting.length === 0) continue;
      try {
        for (const name of await this.dueNames(waiting)) this.idleWorkers.get(name)?.();
      } catch (error) {
        this.logger.error(`job queue: looking for due jobs: ${messageOf(error)}`);
      }
    }
  }

  /** Which of `names` have a job waiting whose start time has come (pg-boss's fetch condition, on its index job_i5). */
  private async dueNames(names: readonly string[]): Promise<string[]> {
    const { rows } = await this.requireBoss()
      .getDb()
      .executeSql(`select distinct name from ${JOBS_SCHEMA}.job where name = any($1::text[]) and state < 'active' and start_after < now()`, [names]);
    return rows.map((row: { name: string }) => row.name);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  private async ensureQueue(name: string, registered = this.handlers.get(name)): Promise<void> {
    if (this.createdQueues.has(name)) return;
    const options = registered?.options;
    await this.requireBoss().createQueue(name, {
      name,
      policy: 'short',
      retryLimit: options?.retryLimit ?? 5,
      retryDelay: options?.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: options?.expireInSeconds ?? 300,
    });
    this.createdQueues.add(name);
  }

  /** pg-boss compares start times with the database's now(); the app's "now" is the Clock, so pass a delay. */
  private delaySeconds(startAfter: Date | undefined): number | undefined {
    if (!startAfter) return undefined;
    const seconds = (startAfter.getTime() - this.clock.now().getTime()) / MS_PER_SECOND;
    return seconds > 0 ? Math.ceil(seconds * MS_PER_SECOND) / MS_PER_SECOND : undefined;
  }

  private requireBoss(): PgBoss {
    if (!this.boss) throw new Error('the job queue is not running');
    return this.boss;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
