import { EntityManager } from '@mikro-orm/postgresql';
import { allianceForMatching, allianceTotal, type TherapistCandidate } from '@rapport/domain';
import { uuidArray } from '../../common/sql/uuid-array';

/**
 * Matching's alliance input per therapist (each client counted once; a therapist nobody rated is
 * absent), computed from the ratings themselves. Searches read it kept on the read model's rows
 * (migration 20261212000000): this is the reference the tests compare those with, not a path the
 * app runs.
 */
export async function allianceFromRatings(em: EntityManager, therapistIds: readonly string[]): Promise<Map<string, TherapistCandidate['alliance']>> {
  if (therapistIds.length === 0) return new Map();
  const ratings = await em.getConnection().execute<{ therapist_id: string; client_id: string; relationship: number; goals_and_topics: number; approach_or_method: number; overall: number }[]>(
    `select therapist_id, client_id, relationship, goals_and_topics, approach_or_method, overall
     from alliance_ratings where therapist_id = any(?::uuid[])`,
    [uuidArray(therapistIds)],
  );
  const byTherapist = new Map<string, { clientId: string; total: number }[]>();
  for (const rating of ratings) {
    const list = byTherapist.get(rating.therapist_id) ?? [];
    const scores = { relationship: rating.relationship, goalsAndTopics: rating.goals_and_topics, approachOrMethod: rating.approach_or_method, overall: rating.overall };
    list.push({ clientId: rating.client_id, total: allianceTotal(scores) });
    byTherapist.set(rating.therapist_id, list);
  }
  return new Map([...byTherapist].map(([id, list]) => [id, allianceForMatching(list)]));
}
