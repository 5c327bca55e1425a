/** Runs a statement on a test database (seededMigrationDatabase's `sql`). */
type Sql = <T extends object>(statement: string, params?: unknown[]) => Promise<T[]>;

/**
 * A table of versions per state (`jurisdiction`, `version`: therapist_search_state_versions,
 * therapist_search_row_versions): its versions now, and those that moved since `before`, by how much.
 */
export function stateVersionsIn(sql: Sql, table: string) {
  const versions = async (): Promise<Record<string, number>> =>
    Object.fromEntries((await sql<{ jurisdiction: string; version: string }>(`select jurisdiction, version::text from ${table}`)).map((row) => [row.jurisdiction, Number(row.version)]));
  const movedSince = async (before: Record<string, number>): Promise<Record<string, number>> =>
    Object.fromEntries(Object.entries(await versions()).flatMap(([state, version]) => (version === (before[state] ?? 0) ? [] : [[state, version - (before[state] ?? 0)]])));
  return { versions, movedSince };
}
