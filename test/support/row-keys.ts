import { CandidatesAndCounts } from '../../apps/api/src/matching/search/search-engine.port';
import { therapistKey } from '../../apps/api/src/matching/search/shared-ids';

/**
 * An engine's answer without its candidates' row keys, once each key given is checked to be this
 * process's key for that therapist (therapistKey): keys are process-local, so an answer read
 * through SQL (which gives none) is compared with one from held rows on everything else. `keyed`:
 * the answer is from held rows, so each candidate given with its row version has its key too.
 */
export function withoutRowKeys<T extends CandidatesAndCounts>(answer: T, { keyed = false }: { keyed?: boolean } = {}): T {
  const wrongKeys = answer.candidates.filter(({ id, rowKey }) => rowKey !== undefined && rowKey !== therapistKey(id));
  expect(wrongKeys).toEqual([]);
  // From held rows (`keyed`), every candidate with its row version has its key: the row cache is read by them.
  if (keyed) expect(answer.candidates.filter(({ rowVersion, rowKey }) => rowVersion !== undefined && rowKey === undefined)).toEqual([]);
  return { ...answer, candidates: answer.candidates.map(({ rowKey: _key, ...candidate }) => candidate) };
}
