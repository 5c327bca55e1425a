import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { openJson, sealJson } from '../common/encryption/sealed-json';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JobQueue } from '../jobs/job-queue';
import { JobPayloads } from '../jobs/job-names';
import { MailMessage, OutgoingMail, toOutgoingMail } from './mail-message';

export const MAIL_SEND = 'mail.send' as const;

/** The queued message is sealed and bound to its job id: pg-boss's tables never hold a body in clear. */
const bindingOf = (jobId: string) => ({ column: 'pgboss.job.data', rowId: jobId });

export function openQueuedMail(data: JobPayloads[typeof MAIL_SEND], jobId: string): OutgoingMail {
  return openJson<OutgoingMail>(data.sealed, bindingOf(jobId));
}

/**
 * Sends e-mail. `send` queues the message on the job queue and returns; a
 * worker delivers it (SMTP, or the local mailbox), and a failed SMTP attempt is
 * retried with backoff (30 s, 1 min, 2 min … 8 attempts). Message contents are
 * never logged.
 */
@Injectable()
export class Mailer {
  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues a message; returns its id (also the job's and the local mailbox row's).
   * With a `key` (e.g. `booking-1:confirmation`), a second send while the first
   * still waits is dropped and returns null: an outbox event delivered twice sends once.
   */
  async send(message: MailMessage, options: { key?: string } = {}): Promise<string | null> {
    const mail = toOutgoingMail(message, this.config.MAIL_FROM);
    const id = randomUUID();
    return this.jobs.send(MAIL_SEND, { sealed: sealJson(mail, bindingOf(id)) }, { id, singletonKey: options.key });
  }
}
