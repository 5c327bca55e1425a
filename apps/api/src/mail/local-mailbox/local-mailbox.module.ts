import { Module } from '@nestjs/common';
import { LocalMailboxController } from './local-mailbox.controller';
import { LocalMailboxResolver } from './local-mailbox.resolver';
import { LocalMailboxService } from './local-mailbox.service';

/**
 * The local mailbox's reading side: the `localMailbox` query and attachment
 * downloads under /dev/mailbox. AppModule imports it only when mail is kept
 * locally (no SMTP_URL) and never in production, so there the query and the
 * route do not exist at all.
 */
@Module({ providers: [LocalMailboxService, LocalMailboxResolver], controllers: [LocalMailboxController] })
export class LocalMailboxModule {}
