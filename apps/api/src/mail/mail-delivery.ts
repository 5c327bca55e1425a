import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobHandlers } from '../jobs/job-handlers';
import { MailTransport } from './mail-transport';
import { MAIL_SEND, openQueuedMail } from './mailer';

/** The `mail.send` worker: opens the queued message and hands it to the transport. */
@Injectable()
export class MailDelivery implements OnModuleInit {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly transport: MailTransport,
  ) {}

  onModuleInit(): void {
    this.handlers.register(MAIL_SEND, (data, job) => this.transport.deliver(openQueuedMail(data, job.id), job.id), {
      retryLimit: 8,
      retryDelaySeconds: 30,
      expireInSeconds: 120,
    });
  }
}
