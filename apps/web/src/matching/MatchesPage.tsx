import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { browserTimeZone } from '../auth/time-zones';
import { CrisisPanel } from '../crisis/CrisisPanel';
import type { SearchTherapistsInput } from '../gql/graphql';
import { UpdateAnswersLinks } from '../intake/UpdateAnswersLinks';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { activeFilterCount } from './active-filter-count';
import { FacetFilters } from './FacetFilters';
import { FiltersPanel } from './FiltersPanel';
import { MatchesEmpty } from './MatchesEmpty';
import { NoIntakeYet } from './NoIntakeYet';
import { PreferenceNotices } from './PreferenceNotices';
import { RelaxedNotice } from './RelaxedNotice';
import { ResultsCount } from './ResultsCount';
import { ResultsLayout } from './ResultsLayout';
import { ResultsList } from './ResultsList';
import { hasFilters, NO_FILTERS, relaxFilter, type ListFilter } from './search-filters';
import { usePagedSearch } from './use-paged-search';
import { useUrlFilters } from './use-url-filters';

const PAGE_SIZE = 10;
const DEPENDS_ON = ['Intake'];
// With an intake, concerns come from the answers (the API ignores a concern filter here).
const MATCH_FILTERS: readonly ListFilter[] = ['formats', 'modalities', 'languages', 'genders', 'communities'];

/** `/matches`: therapists ranked from the client's intake, crisis lines first when they apply. */
export function MatchesPage() {
  usePageTitle('Your matches');
  const timeZone = useMemo(browserTimeZone, []);
  const { filters, setFilters } = useUrlFilters();
  const { taxonomy } = useTaxonomy();
  const input = useMemo<SearchTherapistsInput>(
    () => ({ useMyIntake: true, timeZone, first: PAGE_SIZE, ...filters }),
    [timeZone, filters],
  );
  // The ranking comes from the intake: submitting a new one must not leave old matches cached.
  const search = usePagedSearch(input, { dependsOn: DEPENDS_ON });
  const { first, error } = search;

  if (!first && error?.graphQLErrors.some((graphqlError) => graphqlError.extensions?.code === 'NOT_FOUND')) {
    return <NoIntakeYet />;
  }
  if (!first && search.fetching) return <PageLoader label="Finding your matches" />;

  const crisisResources = first?.crisisResources ?? [];
  return (
    <Stack gap="lg">
      <Title order={1}>Your matches</Title>
      {crisisResources.length > 0 && (
        <CrisisPanel
          resources={crisisResources}
          footer={<Text size="sm">When you’re ready, your matches are just below. Reaching out for support is a strong step.</Text>}
        />
      )}
      <Stack gap="xs">
        <Text>Licensed therapists who fit what you told us, best fit first, with the reasons.</Text>
        <UpdateAnswersLinks />
      </Stack>
      {error && !first && <ErrorAlert title="We couldn't load your matches" message={describeGraphqlError(error).message} />}
      {first && (
        <ResultsLayout
          filters={
            <FiltersPanel activeCount={activeFilterCount(filters)}>
              <FacetFilters facets={first.facets} filters={filters} onChange={setFilters} taxonomy={taxonomy} lists={MATCH_FILTERS} />
            </FiltersPanel>
          }
        >
          <RelaxedNotice relaxed={filters.relax} onRestore={() => setFilters({ ...filters, relax: [] })} />
          <ResultsCount total={first.total} capped={first.totalIsCapped} fetching={search.fetching} />
          {search.items.length === 0 ? (
            <MatchesEmpty
              filtered={hasFilters(filters)}
              onClearFilters={() => setFilters(NO_FILTERS)}
              relaxations={first.emptyBecause}
              onRelax={(filter) => setFilters(relaxFilter(filters, filter))}
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
