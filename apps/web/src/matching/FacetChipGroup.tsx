import { Button, Chip, Fieldset, Group } from '@mantine/core';
import { useState } from 'react';

export interface ChipOption {
  value: string;
  label: string;
  count: number | null;
}

interface FacetChipGroupProps {
  legend: string;
  options: readonly ChipOption[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

const SHOWN_AT_FIRST = 6;

/** One facet as toggle chips ("Spanish (4)"); long lists show the top few until asked. */
export function FacetChipGroup({ legend, options, selected, onChange }: FacetChipGroupProps) {
  const [expanded, setExpanded] = useState(false);
  if (options.length === 0) return null;
  // Chosen values stay visible even when they would fall below the fold.
  const shown = expanded ? options : options.filter((option, index) => index < SHOWN_AT_FIRST || selected.includes(option.value));
  const hiddenCount = options.length - shown.length;

  return (
    <Fieldset legend={legend} variant="unstyled">
      <Chip.Group multiple value={[...selected]} onChange={onChange}>
        <Group gap={6} mt={6}>
          {shown.map((option) => (
            <Chip key={option.value} value={option.value} size="sm" variant="outline">
              {option.count === null ? option.label : `${option.label} (${option.count})`}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {(hiddenCount > 0 || expanded) && (
        <Button variant="subtle" size="xs" mt={4} px={4} onClick={() => setExpanded((value) => !value)} aria-expanded={expanded}>
          {expanded ? `Show fewer ${legend.toLowerCase()}` : `Show ${hiddenCount} more ${legend.toLowerCase()}`}
        </Button>
      )}
    </Fieldset>
  );
}
