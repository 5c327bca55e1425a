import type { AppRequest } from './request-of';

/**
 * Collects the keys asked for in one tick and loads them with one call, so a
 * field on every item of a list costs one query, not one per item.
 */
export class BatchLoader<K, V> {
  private queue: { key: K; resolve(value: V): void; reject(error: unknown): void }[] = [];

  constructor(private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>, private readonly fallback: V) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      if (this.queue.push({ key, resolve, reject }) === 1) process.nextTick(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      const values = await this.loadMany([...new Set(batch.map((entry) => entry.key))]);
      for (const entry of batch) entry.resolve(values.get(entry.key) ?? this.fallback);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }
}

/** One loader per request and name: batches never mix callers or leak across requests. */
export function requestLoader<K, V>(request: AppRequest, name: string, create: () => BatchLoader<K, V>): BatchLoader<K, V> {
  const loaders = ((request as AppRequest & { loaders?: Map<string, unknown> }).loaders ??= new Map());
  if (!loaders.has(name)) loaders.set(name, create());
  return loaders.get(name) as BatchLoader<K, V>;
}
