import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxHandlers } from '../../outbox/outbox-handlers';
import { THERAPIST_CHANGED } from '../../outbox/outbox-topics';
import { SearchEngine } from './search-engine.port';

/** Keeps the search engine's copy of therapists current: each `therapist.changed` batch becomes one sync. */
@Injectable()
export class SearchIndexSync implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlers,
    private readonly engine: SearchEngine,
  ) {}

  onModuleInit(): void {
    this.handlers.register(THERAPIST_CHANGED, (payloads) => this.engine.sync([...new Set(payloads.map((payload) => payload.therapistId))]));
  }
}
