import { Global, Module } from '@nestjs/common';
import { OutboxHandlers } from './outbox-handlers';
import { OutboxProcessor } from './outbox.processor';
import { OutboxService } from './outbox.service';

/** Global: any module may enqueue events or register a handler. */
@Global()
@Module({ providers: [OutboxService, OutboxHandlers, OutboxProcessor], exports: [OutboxService, OutboxHandlers] })
export class OutboxModule {}
