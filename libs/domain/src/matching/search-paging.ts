export interface SearchPagingInput {
  /** Where the requested page starts (decoded from the cursor). */
  offset: number;
  /** Page size. */
  first: number;
  /** Therapists the ranking ordered: paging can reach exactly these. */
  rankedCount: number;
  /** What the search engine counted for the same filters. */
  engineTotal: number;
  /** Whether the engine had more candidates than the ranking was given. */
  candidatesTruncated: boolean;
}

export type SearchPaging =
  | { ok: true; pageEnd: number; total: number; totalIsCapped: boolean; nextOffset: number | null }
  | { ok: false; problem: 'cursor-past-end' };

/**
 * Which slice of the ranking a page shows, and the total to promise: never
 * more than paging can reach, flagged as capped when the engine found more
 * than the ranking was given. A cursor past the last result is refused.
 */
export function pageSearchResults(input: SearchPagingInput): SearchPaging {
  if (input.offset > 0 && input.offset >= input.rankedCount) return { ok: false, problem: 'cursor-past-end' };
  const pageEnd = input.offset + input.first;
  return {
    ok: true,
    pageEnd,
    total: Math.min(input.engineTotal, input.rankedCount),
    totalIsCapped: input.candidatesTruncated && input.engineTotal > input.rankedCount,
    nextOffset: pageEnd < input.rankedCount ? pageEnd : null,
  };
}
