import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { SearchEngine } from './search-engine.port';
import { SearchProjection } from './search-projection';

export interface SearchWarmth {
  /** Rows of the states' per-state index read (StateRowIndex), 0 for an engine that holds none. */
  stateRows: number;
  /** Read-model rows kept in the row cache (SEARCH_ROW_CACHE_ROWS). */
  projectionRows: number;
  milliseconds: number;
}

/**
 * Reads what searches hold in the process (every state's rows, then the read-model rows up to the
 * row cache's capacity) ahead of the first searches. A process just started read a state's rows at
 * its first search of that state (p50 95-101 ms at 100,000 therapists, 32-33 once warmed), and most
 * of the 400 candidates' rows for words nobody had typed since it started: side by side at 100,000,
 * fresh processes answered 1.37-1.39x as many such searches a second warmed (bench/search/README.md,
 * forty-seventh run). Runs in the background (`npm start` starts it once listening,
 * SEARCH_WARM_ON_START); searches meanwhile read what they need as always, and every row used is
 * still checked against its version, so warming changes no answer. Shutdown stops it between statements.
 */
@Injectable()
export class SearchWarmUp implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SearchWarmUp.name);
  private readonly stop = new AbortController();
  private running: Promise<SearchWarmth | null> | null = null;

  constructor(
    private readonly engine: SearchEngine,
    private readonly projection: SearchProjection,
  ) {}

  /**
   * Starts warming (once; a second call gets the same run). Resolves with what it read, or null when
   * it failed (logged without its rows) or shutdown stopped it: a search never depends on it.
   */
  start(): Promise<SearchWarmth | null> {
    this.running ??= this.warm().catch((error: unknown) => {
      if (!this.stop.signal.aborted) this.logger.warn(`search warm-up stopped: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    });
    return this.running;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.running;
  }

  private async warm(): Promise<SearchWarmth | null> {
    if (this.stop.signal.aborted) return null;
    const startedAt = performance.now();
    const stateRows = await this.engine.warm(this.stop.signal);
    const projectionRows = await this.projection.warmRowCache({ signal: this.stop.signal });
    if (this.stop.signal.aborted) return null;
    const warmth = { stateRows, projectionRows, milliseconds: Math.round(performance.now() - startedAt) };
    this.logger.log(`search warmed: ${stateRows} state rows, ${projectionRows} read-model rows in ${warmth.milliseconds} ms`);
    return warmth;
  }
}
