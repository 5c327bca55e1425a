import { EntityManager } from '@mikro-orm/postgresql';
import { MeiliIndexClient } from './meilisearch-client';
import { meilisearchIndexSettings } from './meilisearch-query';
import { activeDocumentBatches, countActiveTherapists } from './search-document-source';

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
 * Rebuilds the index from the database: settings, every ACTIVE therapist in
 * batches, then removes documents of anyone no longer ACTIVE (events missed
 * while the index was unreachable, accounts deleted).
 */
export async function reindexMeilisearch(options: ReindexOptions): Promise<{ indexed: number; removed: number }> {
  const { em, index, today, batchSize = 1_000, onProgress } = options;
  await index.applySettings(meilisearchIndexSettings());
  const total = await countActiveTherapists(em);
  const indexed = new Set<string>();
  onProgress?.(0, total);
  for await (const documents of activeDocumentBatches(em, today, batchSize)) {
    await index.upsertDocuments(documents);
    for (const document of documents) indexed.add(document.id);
    onProgress?.(indexed.size, Math.max(total, indexed.size));
  }
  const stale: string[] = [];
  for (let offset = 0; ; offset += batchSize) {
    const page = await index.documentIds({ offset, limit: batchSize });
    stale.push(...page.ids.filter((id) => !indexed.has(id)));
    if (page.ids.length < batchSize || offset + batchSize >= page.total) break;
  }
  for (let start = 0; start < stale.length; start += batchSize) await index.deleteDocuments(stale.slice(start, start + batchSize));
  return { indexed: indexed.size, removed: stale.length };
}
