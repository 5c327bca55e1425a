import { Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { JobsModule } from '../jobs/jobs.module';
import { LocalMailboxTransport } from './local-mailbox/local-mailbox-transport';
import { MailDelivery } from './mail-delivery';
import { MailTransport } from './mail-transport';
import { Mailer } from './mailer';
import { MailStatusResolver } from './mail-status.resolver';
import { SmtpMailTransport } from './smtp-mail-transport';

/**
 * E-mail: `Mailer.send` queues, the `mail.send` job delivers through SMTP_URL
 * (nodemailer) or, without it, into the local mailbox. Reading the local
 * mailbox is LocalMailboxModule's, mounted only outside production.
 */
@Module({
  imports: [JobsModule],
  providers: [
    Mailer,
    MailDelivery,
    MailStatusResolver,
    {
      provide: MailTransport,
      inject: [APP_CONFIG, MikroORM, Clock],
      useFactory: (config: AppConfig, orm: MikroORM, clock: Clock): MailTransport =>
        config.SMTP_URL ? new SmtpMailTransport(config.SMTP_URL) : new LocalMailboxTransport(orm, clock),
    },
  ],
  exports: [Mailer],
})
export class MailModule implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MailModule.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transport: MailTransport,
  ) {}

  onModuleInit(): void {
    if (this.config.isProduction && !this.config.SMTP_URL) {
      this.logger.warn('SMTP_URL is not set: e-mail is kept in the local_mailbox table and not sent');
    }
  }

  onApplicationShutdown(): void {
    if (this.transport instanceof SmtpMailTransport) this.transport.close();
  }
}
