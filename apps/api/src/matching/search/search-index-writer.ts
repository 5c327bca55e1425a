import { EntityManager } from '@mikro-orm/postgresql';
import { EnqueuedWrite, MeiliIndexClient } from './meilisearch-client';
import { lacksSettings, meilisearchIndexSettings } from './meilisearch-query';
import { loadDocumentChanges } from './search-document-source';

/**
 * Brings the index's documents of these therapists up to what the database says now.
 *
 * Writes for one index are serialised across every API replica and the reindex
 * by a PostgreSQL advisory lock held from reading the therapists until
 * Meilisearch has queued the writes. Meilisearch applies tasks in the order it
 * queued them, so the last write queued for a therapist always carries the
 * latest state read: a replica holding an old "ACTIVE" read cannot queue its
 * upsert after another replica queued the delete of the suspension (it waits,
 * then reads the suspension itself). A change committed after a read has its
 * own outbox event, handled after it. Waiting for the tasks happens after the
 * lock is released.
 *
 * Afterwards the index's settings are checked: an index that was deleted and
 * re-created by a write (with default settings) gets them back here, without a
 * restart.
 */
export async function writeTherapistDocuments(
  em: EntityManager,
  index: MeiliIndexClient,
  therapistIds: readonly string[],
  today: string,
): Promise<{ upserted: number; removed: number }> {
  if (therapistIds.length === 0) return { upserted: 0, removed: 0 };
  const { writes, upserted, removed } = await em.fork().transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [indexLockKey(index.uid)], 'all', tx.getTransactionContext());
    const { documents, removedIds } = await loadDocumentChanges(tx, therapistIds, today);
    const queued: EnqueuedWrite[] = [];
    if (documents.length) queued.push(await index.enqueueUpsert(documents));
    if (removedIds.length) queued.push(await index.enqueueDelete(removedIds));
    return { writes: queued, upserted: documents.length, removed: removedIds.length };
  });
  for (const write of writes) await write.wait();
  await ensureIndexSettings(index);
  return { upserted, removed };
}

/** Applies Rapport's settings when the index lacks them (or does not exist); one small GET otherwise. */
export async function ensureIndexSettings(index: MeiliIndexClient): Promise<boolean> {
  if (!lacksSettings(await index.filterableAttributes())) return false;
  await index.applySettings(meilisearchIndexSettings());
  return true;
}

export function indexLockKey(indexUid: string): string {
  return `rapport.search-index:${indexUid}`;
}
