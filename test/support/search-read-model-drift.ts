import { MASKS } from '../../prisma-free-schema/migrations/Migration20261208000000SearchFilterMasks';

/** Runs a statement and gives its rows (a test's own SQL helper). */
type Sql = <T extends object>(statement: string, params?: unknown[]) => Promise<T[]>;

/**
 * State rows whose bit masks, read back through search_filter_bits, are not the values their
 * arrays hold, as "therapist/state mask_column" (at most `limit`): none when the masks are in step.
 */
export async function masksOutOfStep(sql: Sql, limit = 5): Promise<string[]> {
  const checks = MASKS.map(
    (mask) => `select p.therapist_id || '/' || p.jurisdiction || ' ${mask.column}' as row from therapist_search_states p
      where array(select b.value from search_filter_bits b where b.facet = '${mask.facet}' and p.${mask.column} & (1::bigint << b.bit) <> 0 order by b.value)
        is distinct from array(select distinct v from unnest(p.${mask.array}) v order by v)`,
  );
  return (await sql<{ row: string }>(`${checks.join(' union all ')} limit ${limit}`)).map(({ row }) => row);
}

/**
 * Rows of therapist_search_state_texts not equal to the read model's name and text vector for one
 * of its states, and states of read-model rows with no equal text row (at most `limit`): none when
 * the text rows are in step.
 */
export async function textRowsOutOfStep(sql: Sql, limit = 5): Promise<unknown[]> {
  const expected = `select distinct j.jurisdiction, s.therapist_id, s.display_name, s.search_document::text as document
    from therapist_search s cross join lateral unnest(s.jurisdictions) as j(jurisdiction)`;
  const kept = `select jurisdiction, therapist_id, display_name, search_document::text as document from therapist_search_state_texts`;
  return sql(`(${expected} except all ${kept}) union all (${kept} except all ${expected}) limit ${limit}`);
}
