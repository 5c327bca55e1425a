import { Module } from '@nestjs/common';
import { JobHandlers } from './job-handlers';
import { JobQueue } from './job-queue';

/**
 * The job queue (pg-boss in the API's database). Not global: a module that
 * sends jobs or handles a job name imports it, so the dependency shows.
 */
@Module({ providers: [JobHandlers, JobQueue], exports: [JobHandlers, JobQueue] })
export class JobsModule {}
