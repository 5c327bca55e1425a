import { EntityManager } from '@mikro-orm/postgresql';
import { MeiliIndexClient } from './meilisearch-client';
import { meilisearchIndexSettings } from './meilisearch-query';
import { activeIdBatches, countActiveTherapists } from './search-document-source';
import { writeTherapistDocuments } from './search-index-writer';

export interface ReindexOptions {
  /** A fork: batches are loaded and cleared from it. */
  em: EntityManager;
  index: MeiliIndexClient;
  /** 'YYYY-MM-DD'. */
  today: string;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Rebuilds the index from the database: settings (waiting as long as a large
 * index needs), every ACTIVE therapist in batches, then documents of anyone not
 * seen in those batches (events missed while the index was unreachable,
 * accounts deleted).
 *
 * Safe while the API runs: every batch, and the final clean-up, goes through
 * writeTherapistDocuments, which re-reads each therapist under the index's
 * write lock. A therapist who became ACTIVE after their batch went by (and
 * whom an API replica then indexed) is re-read as ACTIVE and kept, not deleted;
 * one suspended meanwhile is deleted, never resurrected by a stale batch.
 */
export async function reindexMeilisearch(options: ReindexOptions): Promise<{ indexed: number; removed: number }> {
  const { em, index, today, batchSize = 1_000, onProgress } = options;
  await index.applySettings(meilisearchIndexSettings());
  const total = await countActiveTherapists(em);
  const seen = new Set<string>();
  let indexed = 0;
  let removed = 0;
  onProgress?.(0, total);
  for await (const ids of activeIdBatches(em, batchSize)) {
    const written = await writeTherapistDocuments(em, index, ids, today);
    indexed += written.upserted;
    removed += written.removed;
    for (const id of ids) seen.add(id);
    onProgress?.(seen.size, Math.max(total, seen.size));
  }
  const unseen: string[] = [];
  for (let offset = 0; ; offset += batchSize) {
    const page = await index.documentIds({ offset, limit: batchSize });
    unseen.push(...page.ids.filter((id) => !seen.has(id)));
    if (page.ids.length < batchSize || offset + batchSize >= page.total) break;
  }
  for (let start = 0; start < unseen.length; start += batchSize) {
    const written = await writeTherapistDocuments(em, index, unseen.slice(start, start + batchSize), today);
    indexed += written.upserted;
    removed += written.removed;
  }
  return { indexed, removed };
}
