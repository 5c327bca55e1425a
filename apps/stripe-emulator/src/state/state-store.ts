import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyState, type EmulatorState } from './state';

/**
 * The emulator's whole state in memory, written to one JSON file after every
 * mutation (tmp + rename, so a killed process leaves the old file or the new one,
 * never half of one). Mutations run one at a time through `transact`: each runs
 * synchronously against the state and the next starts only once its write is done,
 * so two requests can never lose each other's update and a response is sent only
 * once what it says is on disk.
 */
export class StateStore {
  private queue: Promise<unknown> = Promise.resolve();
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
   * Runs `work` alone against the state, then persists. The state is persisted even
   * when `work` throws: a declined card is both a stored failure and an error answer.
   */
  transact<T>(work: (state: EmulatorState) => T): Promise<T> {
    const run = async (): Promise<T> => {
      let outcome: { value: T } | { error: unknown };
      try {
        outcome = { value: work(this.state) };
      } catch (error) {
        outcome = { error };
      }
      await this.persist();
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Replaces the whole state (reset), through the same queue. */
  replace(next: EmulatorState): Promise<void> {
    return this.transact(() => {
      this.state = next;
    });
  }

  private async persist(): Promise<void> {
    if (!this.file) return;
    this.writeCount += 1;
    const temporary = `${this.file}.${process.pid}.${this.writeCount}.tmp`;
    await writeFile(temporary, JSON.stringify(this.state));
    await rename(temporary, this.file);
  }
}
