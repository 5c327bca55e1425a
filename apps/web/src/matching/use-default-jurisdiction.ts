import { useMemo } from 'react';
import { useQuery } from 'urql';
import { browserTimeZone } from '../auth/time-zones';
import { useMe } from '../auth/use-me';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { guessJurisdiction } from './guess-jurisdiction';
import { myIntakeStateQuery } from './matching.operations';

export interface DefaultJurisdiction {
  /** Still finding out (who is signed in, their intake, the state list). */
  pending: boolean;
  code: string | null;
  /** True when it is only a guess from the browser's time zone. */
  guessed: boolean;
}

/** The directory's starting state: the client's intake answer, else a guess from the browser. */
export function useDefaultJurisdiction(taxonomy: TaxonomyLookups | null, needed: boolean): DefaultJurisdiction {
  const { me, loading } = useMe();
  const isClient = me?.role === 'CLIENT';
  const [{ data, fetching }] = useQuery({ query: myIntakeStateQuery, pause: !needed || !isClient });
  const fromIntake = data?.myIntake?.jurisdiction ?? null;
  const guess = useMemo(
    () => (taxonomy ? guessJurisdiction(browserTimeZone(), taxonomy.data.jurisdictions) : null),
    [taxonomy],
  );
  const pending = loading || !taxonomy || (isClient && needed && fetching && !data);
  if (fromIntake) return { pending, code: fromIntake, guessed: false };
  return { pending, code: guess, guessed: guess !== null };
}
