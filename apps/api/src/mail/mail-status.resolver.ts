import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/guards/access.decorators';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';

@Resolver()
export class MailStatusResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => Boolean, {
    description: 'True when mail is kept in a local mailbox (no SMTP server, never in production): the web app then links to /mailbox.',
  })
  @Public()
  localMailboxEnabled(): boolean {
    return this.config.localMailboxEnabled;
  }
}
