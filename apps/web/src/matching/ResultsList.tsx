import { Button, Center, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { MatchCard } from './MatchCard';
import type { PagedSearch } from './use-paged-search';

/**
 * The result cards and "Load more". After more arrive, focus moves to the first new
 * therapist's name, so keyboard users carry on where the new results begin.
 */
export function ResultsList({ search }: { search: PagedSearch }) {
  const listRef = useRef<HTMLDivElement>(null);
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const { items } = search;

  useEffect(() => {
    if (focusFrom === null || items.length <= focusFrom) return;
    listRef.current?.querySelectorAll<HTMLElement>('[data-match-card] h2 a, [data-match-card] h3 a')[focusFrom]?.focus();
    setFocusFrom(null);
  }, [items.length, focusFrom]);

  async function loadMore() {
    const before = items.length;
    await search.loadMore();
    setFocusFrom(before);
  }

  return (
    <Stack gap="md">
      <Stack gap="md" ref={listRef} data-results>
        {items.map((match) => (
          <MatchCard key={match.therapist.id} match={match} />
        ))}
      </Stack>
      {search.loadMoreError && (
        <ErrorAlert title="We couldn't load more therapists" message={describeGraphqlError(search.loadMoreError).message} />
      )}
      {search.hasMore && (
        <Center>
          <Button variant="default" onClick={loadMore} loading={search.loadingMore}>
            Load more therapists
          </Button>
        </Center>
      )}
    </Stack>
  );
}
