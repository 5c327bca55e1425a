import { Module } from '@nestjs/common';
import { OutboxHandlers } from './outbox-handlers';
import { OutboxProcessor } from './outbox.processor';
import { OutboxService } from './outbox.service';

/**
 * The transactional outbox. Not global: a module that enqueues events or handles a
 * topic imports it, so the dependency shows in its module file.
 */
@Module({ providers: [OutboxService, OutboxHandlers, OutboxProcessor], exports: [OutboxService, OutboxHandlers] })
export class OutboxModule {}
