import { useMemo } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { createTaxonomyLookups, type TaxonomyLookups } from './taxonomy-lookups';
import { taxonomyQuery } from './taxonomy.operations';

export interface TaxonomyState {
  taxonomy: TaxonomyLookups | null;
  loading: boolean;
  error: CombinedError | undefined;
}

// The taxonomy is reference data that never changes while the app runs: one request
// per session (urql dedupes concurrent callers and answers later ones from its cache).
const CONTEXT = { requestPolicy: 'cache-first' as const };

/** Concerns, modalities, license types, states, languages… with lookups by code. */
export function useTaxonomy(): TaxonomyState {
  const [result] = useQuery({ query: taxonomyQuery, context: CONTEXT });
  const data = result.data?.taxonomy;
  const taxonomy = useMemo(() => (data ? createTaxonomyLookups(data) : null), [data]);
  return { taxonomy, loading: !data && result.fetching, error: result.error };
}
