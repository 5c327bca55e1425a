import { EntityManager } from '@mikro-orm/postgresql';
import { groupBy } from '../../common/group-by';
import { License } from '../../licensing/entities/license.entity';
import { ProfileStatus, TherapistProfile } from '../../therapists/entities/therapist-profile.entity';
import { SearchDocument, toSearchDocument } from './search-document';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface DocumentChanges {
  /** ACTIVE therapists, as documents to upsert. */
  documents: SearchDocument[];
  /** Therapists that are not (or no longer) ACTIVE, or do not exist: to delete. */
  removedIds: string[];
}

/** What the index should hold for these therapists now. Pass a fork: entities are loaded. */
export async function loadDocumentChanges(em: EntityManager, therapistIds: readonly string[], today: string): Promise<DocumentChanges> {
  // An id that is not a uuid names no therapist: its document (if any) goes.
  const ids = [...new Set(therapistIds)];
  const valid = ids.filter((id) => UUID.test(id));
  const active = valid.length ? await em.find(TherapistProfile, { id: { $in: valid }, status: ProfileStatus.ACTIVE }) : [];
  const activeIds = new Set(active.map((profile) => profile.id));
  return {
    documents: await documentsOf(em, active, today),
    removedIds: ids.filter((id) => !activeIds.has(id)),
  };
}

/** Every ACTIVE therapist's id, `batchSize` at a time, in id order (keyset pages, memory stays flat). */
export async function* activeIdBatches(em: EntityManager, batchSize: number): AsyncGenerator<string[]> {
  let after: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await em.find(
      TherapistProfile,
      { status: ProfileStatus.ACTIVE, ...(after ? { id: { $gt: after } } : {}) },
      { orderBy: { id: 'asc' }, limit: batchSize, fields: ['id'] },
    );
    em.clear();
    if (rows.length === 0) return;
    yield rows.map((row) => row.id);
    after = rows[rows.length - 1].id;
    if (rows.length < batchSize) return;
  }
}

export function countActiveTherapists(em: EntityManager): Promise<number> {
  return em.count(TherapistProfile, { status: ProfileStatus.ACTIVE });
}

async function documentsOf(em: EntityManager, profiles: TherapistProfile[], today: string): Promise<SearchDocument[]> {
  if (profiles.length === 0) return [];
  const ids = profiles.map((profile) => profile.id);
  const [licenses, accepting] = await Promise.all([em.find(License, { therapist: { $in: ids } }), acceptingAmong(em, ids)]);
  const byTherapist = groupBy(licenses, (license) => license.therapist.id);
  // "Accepting" as the read model lists it (issue #11 point 9): the switch, hours and a bookable session type.
  return profiles.map((profile) => ({ ...toSearchDocument(profile, byTherapist.get(profile.id) ?? [], today), acceptsNewClients: accepting.has(profile.id) }));
}

/** Which of these therapists the search read model lists as accepting new clients. */
async function acceptingAmong(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  const rows = await em.getConnection().execute<{ therapist_id: string }[]>(`select therapist_id from therapist_search where therapist_id in (?) and accepting`, [ids]);
  return new Set(rows.map((row) => row.therapist_id));
}
