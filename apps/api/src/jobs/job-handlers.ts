import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads } from './job-names';

/** Runs one job; throwing makes pg-boss retry it later (with backoff) until its retry limit. */
export type JobHandler<N extends JobName> = (data: JobPayloads[N], job: { id: string; name: N }) => Promise<void>;

/** How a job name's queue retries and how long one run may take before another replica may take it over. */
export interface JobQueueOptions {
  /** Further attempts after a failure (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry, doubled each time (default 30). */
  retryDelaySeconds?: number;
  /** A run still active after this long is counted as failed and retried (default 300). */
  expireInSeconds?: number;
}

export interface RegisteredJob {
  handler: (data: unknown, job: { id: string; name: string }) => Promise<void>;
  options: Required<JobQueueOptions>;
}

const DEFAULT_OPTIONS: Required<JobQueueOptions> = { retryLimit: 5, retryDelaySeconds: 30, expireInSeconds: 300 };

/**
 * Who runs each job name. Modules register in `onModuleInit` (as with
 * OutboxHandlers); the JobQueue starts a worker per registered name once the
 * application has booted, so a replica that does not know a newer job name
 * leaves those jobs to replicas that do.
 */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, RegisteredJob>();
  private readonly listeners: ((name: string) => void)[] = [];

  register<N extends JobName>(name: N, handler: JobHandler<N>, options: JobQueueOptions = {}): void {
    if (this.handlers.has(name)) throw new Error(`job ${name} already has a handler`);
    this.handlers.set(name, { handler: handler as RegisteredJob['handler'], options: { ...DEFAULT_OPTIONS, ...options } });
    for (const listener of this.listeners) listener(name);
  }

  names(): string[] {
    return [...this.handlers.keys()];
  }

  get(name: string): RegisteredJob | undefined {
    return this.handlers.get(name);
  }

  /** Lets the queue start a worker for a handler registered after boot. */
  onRegister(listener: (name: string) => void): void {
    this.listeners.push(listener);
  }
}
