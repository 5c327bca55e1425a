import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyState, type EmulatorState } from './state';

/** At most one write of the file per this many ms; changes in between share it. */
const WRITE_INTERVAL_MS = 100;

/**
 * The emulator's whole state in memory, kept in one JSON file. Every mutation is a
 * synchronous function over the state, so two requests can never interleave or lose
 * each other's update. The file is written behind them, at most every 100 ms, through
 * a temporary file and a rename (a killed process leaves the old state or the new
 * one, never half), and once more on stop. Writing the whole file after every change
 * instead cost ~70 ms per request once a few hundred payments were stored; the price
 * of writing behind is that a hard kill loses at most the last ~100 ms of changes.
 */
export class StateStore {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private dirty = false;
  private writeCount = 0;

  private constructor(
    public state: EmulatorState,
    private readonly file: string | undefined,
  ) {}

  static async open(file: string | undefined): Promise<StateStore> {
    if (!file) return new StateStore(emptyState(), undefined);
    let state = emptyState();
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as EmulatorState;
      if (parsed.version !== 1) throw new Error(`unsupported state version ${String(parsed.version)} in ${file}`);
      state = { ...emptyState(), ...parsed };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await mkdir(dirname(file), { recursive: true });
    return new StateStore(state, file);
  }

  /**
   * Runs `work` against the state and schedules a write. The change is kept even when
   * `work` throws: a declined card is both a stored failure and an error answer.
   */
  transact<T>(work: (state: EmulatorState) => T): Promise<T> {
    try {
      return Promise.resolve(work(this.state));
    } catch (error) {
      return Promise.reject(error);
    } finally {
      this.scheduleWrite();
    }
  }

  /** Replaces the whole state (reset). */
  replace(next: EmulatorState): Promise<void> {
    return this.transact(() => {
      this.state = next;
    });
  }

  /** Resolves once everything changed so far is in the file. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.writing || this.dirty) {
      if (this.writing) await this.writing;
      else await this.write();
    }
  }

  private scheduleWrite(): void {
    if (!this.file) return;
    this.dirty = true;
    if (this.timer || this.writing) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, WRITE_INTERVAL_MS);
  }

  private async write(): Promise<void> {
    // One write at a time, so an older state can never be renamed over a newer one.
    if (!this.file || !this.dirty || this.writing) return;
    this.dirty = false;
    this.writeCount += 1;
    const temporary = `${this.file}.${process.pid}.${this.writeCount}.tmp`;
    this.writing = writeFile(temporary, JSON.stringify(this.state)).then(() => rename(temporary, this.file!));
    try {
      await this.writing;
    } finally {
      this.writing = undefined;
      // Changes made while this write ran go out in the next one.
      if (this.dirty) this.scheduleWrite();
    }
  }
}
