import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { browserTimeZone } from '../auth/time-zones';
import { useMe } from '../auth/use-me';
import type { SearchTherapistsInput } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { activeFilterCount } from './active-filter-count';
import { DirectoryEmpty } from './DirectoryEmpty';
import { DirectorySearchForm } from './DirectorySearchForm';
import { FacetFilters } from './FacetFilters';
import { FiltersPanel } from './FiltersPanel';
import { PreferenceNotices } from './PreferenceNotices';
import { RelaxedNotice } from './RelaxedNotice';
import { ResultsCount } from './ResultsCount';
import { ResultsLayout } from './ResultsLayout';
import { ResultsList } from './ResultsList';
import { hasFilters, relaxFilter, type ListFilter } from './search-filters';
import { useDefaultJurisdiction } from './use-default-jurisdiction';
import { usePagedSearch } from './use-paged-search';
import { useUrlFilters } from './use-url-filters';

const PAGE_SIZE = 10;
const DIRECTORY_FILTERS: readonly ListFilter[] = ['concerns', 'formats', 'modalities', 'languages', 'genders', 'communities'];

/**
 * `/therapists`: the open directory. The state, the words and every filter live in the
 * query string (`?state=NY&q=grief&language=es`), so a search can be shared or revisited.
 */
export function DirectoryPage() {
  usePageTitle('Find a therapist');
  const { me } = useMe();
  const { taxonomy, error: taxonomyError } = useTaxonomy();
  const { params, filters, setFilters, updateParams } = useUrlFilters();
  const jurisdiction = params.get('state') ?? '';
  const text = params.get('q') ?? '';
  const fallback = useDefaultJurisdiction(taxonomy, !jurisdiction);
  const timeZone = useMemo(browserTimeZone, []);
  const [guessedCode, setGuessedCode] = useState<string | null>(null);

  // No state in the URL yet: start from the intake's (or the browser's best guess), without a history entry.
  useEffect(() => {
    if (jurisdiction || fallback.pending || !fallback.code) return;
    if (fallback.guessed) setGuessedCode(fallback.code);
    updateParams((current) => withState(current, fallback.code ?? ''));
  }, [jurisdiction, fallback.pending, fallback.code, fallback.guessed, updateParams]);

  const input = useMemo<SearchTherapistsInput | null>(
    () => (jurisdiction ? { jurisdiction, text: text || null, timeZone, first: PAGE_SIZE, ...filters } : null),
    [jurisdiction, text, timeZone, filters],
  );
  const search = usePagedSearch(input);
  const { first, error } = search;

  if (!taxonomy) {
    return taxonomyError ? (
      <ErrorAlert title="We couldn't load the directory" message={describeGraphqlError(taxonomyError).message} />
    ) : (
      <PageLoader label="Loading the directory" />
    );
  }

  const hint =
    guessedCode !== null && guessedCode === jurisdiction
      ? 'We guessed from your time zone. Change it if you’ll be somewhere else.'
      : 'Therapists must be licensed where you are, even for video sessions.';

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>Find a therapist</Title>
        <Text>
          Every therapist here is licensed and verified in the state you choose.
          {me?.role !== 'THERAPIST' && me?.role !== 'ADMIN' && (
            <>
              {' '}
              Prefer a short list made for you?{' '}
              <Anchor component={Link} to={paths.intake}>
                Answer a few questions
              </Anchor>
              .
            </>
          )}
        </Text>
      </Stack>
      <DirectorySearchForm
        key={text}
        taxonomy={taxonomy}
        jurisdiction={jurisdiction}
        jurisdictionHint={hint}
        text={text}
        onJurisdictionChange={(code) => {
          setGuessedCode(null);
          updateParams((current) => withState(current, code), { push: true });
        }}
        onSearch={(words) => updateParams((current) => withText(current, words), { push: true })}
      />
      {!jurisdiction && !fallback.pending && <Text>Choose a state to see the therapists licensed there.</Text>}
      {error && !first && <ErrorAlert title="We couldn't search just now" message={describeGraphqlError(error).message} />}
      {input && !first && search.fetching && <PageLoader label="Searching" />}
      {input && first && (
        <ResultsLayout
          filters={
            <FiltersPanel activeCount={activeFilterCount(filters)}>
              <FacetFilters
                facets={first.facets}
                filters={filters}
                onChange={setFilters}
                taxonomy={taxonomy}
                lists={DIRECTORY_FILTERS}
                withAcceptingNewClients
              />
            </FiltersPanel>
          }
        >
          <RelaxedNotice relaxed={filters.relax} onRestore={() => setFilters({ ...filters, relax: [] })} />
          <ResultsCount total={first.total} capped={first.totalIsCapped} fetching={search.fetching} verb="found" />
          {search.items.length === 0 ? (
            <DirectoryEmpty
              hasText={Boolean(text)}
              filtered={hasFilters(filters)}
              onClear={() => updateParams((current) => withState(new URLSearchParams(), current.get('state') ?? ''), { push: true })}
              relaxations={first.emptyBecause}
              onRelax={(filter) =>
                filter === 'TEXT' ? updateParams((current) => withText(current, ''), { push: true }) : setFilters(relaxFilter(filters, filter))
              }
            />
          ) : (
            <>
              <PreferenceNotices notices={first.notices} />
              <ResultsList search={search} />
            </>
          )}
        </ResultsLayout>
      )}
    </Stack>
  );
}

function withState(params: URLSearchParams, code: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('state', code);
  return next;
}

function withText(params: URLSearchParams, text: string): URLSearchParams {
  const next = new URLSearchParams(params);
  if (text) next.set('q', text);
  else next.delete('q');
  return next;
}
