import { Fieldset, MultiSelect, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { concernOptions } from '../../therapist-profile/concern-options';
import { concernSearchFilter } from '../concern-search';
import { ConcernPriorityField } from '../ConcernPriorityField';
import { DEFAULT_PRIORITY, MAX_CONCERNS, type ConcernAnswer } from '../intake-draft';
import type { StepProps } from '../step-props';

export function ConcernsStep({ draft, errors, update, taxonomy }: StepProps) {
  const options = useMemo(() => concernOptions(taxonomy), [taxonomy]);
  const filter = useMemo(() => concernSearchFilter(taxonomy), [taxonomy]);
  const codes = draft.concerns.map((concern) => concern.code);

  // Keeps the priorities already given; new picks start in the middle.
  function changeConcerns(next: string[]) {
    const byCode = new Map(draft.concerns.map((concern) => [concern.code, concern]));
    update({ concerns: next.map((code): ConcernAnswer => byCode.get(code) ?? { code, priority: DEFAULT_PRIORITY }) });
  }

  function changePriority(code: string, priority: ConcernAnswer['priority']) {
    update({ concerns: draft.concerns.map((concern) => (concern.code === code ? { ...concern, priority } : concern)) });
  }

  return (
    <Stack gap="lg">
      <Text>
        Choose whatever you’d like some help with. One thing is plenty; several is fine too. You can type in your
        own words, like “can’t sleep” or “panic”.
      </Text>
      <MultiSelect
        label="What would you like help with?"
        description={`Up to ${MAX_CONCERNS}.`}
        placeholder={codes.length < MAX_CONCERNS ? 'Start typing, or open the list' : undefined}
        data={options}
        filter={filter}
        value={codes}
        onChange={changeConcerns}
        maxValues={MAX_CONCERNS}
        searchable
        hidePickedOptions
        required
        nothingFoundMessage="Nothing matches those words. Try another, like “stress” or “relationship”."
        error={errors.concerns}
      />
      {draft.concerns.length > 0 && (
        <Fieldset legend="How much does each one matter right now?" variant="unstyled">
          <Stack gap="md" mt="xs">
            {draft.concerns.map((concern) => (
              <ConcernPriorityField
                key={concern.code}
                name={taxonomy.concernName(concern.code)}
                priority={concern.priority}
                error={errors[`concerns.${concern.code}.priority`]}
                onChange={(priority) => changePriority(concern.code, priority)}
              />
            ))}
          </Stack>
        </Fieldset>
      )}
    </Stack>
  );
}
