import { Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { JurisdictionSelect } from '../intake/JurisdictionSelect';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';

interface DirectorySearchFormProps {
  taxonomy: TaxonomyLookups;
  jurisdiction: string;
  jurisdictionHint: string;
  text: string;
  onJurisdictionChange(code: string): void;
  onSearch(text: string): void;
}

const MAX_TEXT_LENGTH = 200;

/** The state (required: therapists must be licensed where you are) and a free-text search. */
export function DirectorySearchForm({ taxonomy, jurisdiction, jurisdictionHint, text, onJurisdictionChange, onSearch }: DirectorySearchFormProps) {
  const [draft, setDraft] = useState(text);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft.trim());
  }

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={handleSubmit} role="search" aria-label="Search therapists">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <JurisdictionSelect
              taxonomy={taxonomy}
              label="State you’ll be in for sessions"
              description={jurisdictionHint}
              required
              value={jurisdiction}
              onChange={onJurisdictionChange}
              style={{ flex: '1 1 220px' }}
            />
            <TextInput
              label="Search"
              description="A name, an approach, or what you’re going through"
              placeholder="e.g. panic attacks, EMDR, grief"
              type="search"
              maxLength={MAX_TEXT_LENGTH}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              style={{ flex: '2 1 280px' }}
            />
            <Button type="submit">Search</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
