import { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { DecryptionError } from '../common/encryption/field-encryption';
import { Goal, GoalCheckIn } from '../goals/goal.entity';
import { Intake } from '../intake/intake.entity';
import { IntakeDraft } from '../intake/draft/intake-draft.entity';

export interface ResealOutcome {
  /** Rows rewritten, per table. */
  resealed: Record<string, number>;
  /** Ids of rows with a value that failed to open, per table. */
  unreadable: Record<string, string[]>;
}

interface SealedRow {
  id: string;
  resealStaleValues(): boolean;
}

/** Every entity holding health data, with the properties that hold its ciphertext. */
const SEALED: { entity: EntityClass<SealedRow>; columns: string[] }[] = [
  { entity: Intake, columns: ['sealedAnswers', 'sealedScreeners'] },
  { entity: IntakeDraft, columns: ['sealedContent'] },
  { entity: Goal, columns: ['sealedText'] },
  { entity: GoalCheckIn, columns: ['sealedContent'] },
];

/**
 * Re-seals every value that is not in the current format (v2, row-bound) under
 * the current key: v1 values written before rows were bound, and values under a
 * key being retired. Idempotent; `batchSize` rows at a time in id order, each
 * batch in its own transaction, so it can run while the app serves requests.
 * A value that fails to open (tampered with, or its key is gone) is left as it is
 * and its row id reported.
 */
export async function resealHealthData(em: EntityManager, currentKeyId: string, batchSize = 500): Promise<ResealOutcome> {
  const currentPrefix = `v2.${currentKeyId.replace(/[\\%_]/g, '\\$&')}.%`;
  const resealed: Record<string, number> = {};
  const unreadable: Record<string, string[]> = {};
  for (const { entity, columns } of SEALED) {
    const table = em.getMetadata().get(entity.name).tableName;
    resealed[table] = 0;
    unreadable[table] = [];
    let after: string | null = null;
    for (;;) {
      const stale = { $or: columns.map((column) => ({ $not: { [column]: { $like: currentPrefix } } })) };
      const where = (after ? { $and: [stale, { id: { $gt: after } }] } : stale) as FilterQuery<SealedRow>;
      const rows = await em.fork().transactional(async (tx) => {
        const found = await tx.find(entity, where, { orderBy: { id: 'asc' }, limit: batchSize });
        for (const row of found) {
          try {
            if (row.resealStaleValues()) resealed[table] += 1;
          } catch (error) {
            if (!(error instanceof DecryptionError)) throw error;
            unreadable[table].push(row.id);
          }
        }
        return found;
      });
      if (rows.length < batchSize) break;
      after = rows[rows.length - 1].id;
    }
  }
  return { resealed, unreadable };
}
