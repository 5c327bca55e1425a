import { Chip, Fieldset, Group } from '@mantine/core';
import type { FacetCount } from './facet-count';
import { priceChoices } from './price-bands';

interface PriceFilterProps {
  bands: readonly FacetCount[];
  maxFeeMinor: number | null;
  onChange(maxFeeMinor: number | null): void;
}

const ANY = 'ANY';

/** Price as one choice among "Any price", "Under $100", "Under $150", "Under $200". */
export function PriceFilter({ bands, maxFeeMinor, onChange }: PriceFilterProps) {
  const choices = priceChoices(bands);
  return (
    <Fieldset legend="Price per session" variant="unstyled">
      <Chip.Group value={maxFeeMinor === null ? ANY : String(maxFeeMinor)} onChange={(value) => onChange(value === ANY ? null : Number(value))}>
        <Group gap={6} mt={6}>
          <Chip value={ANY} size="sm" variant="outline">
            Any price
          </Chip>
          {choices.map((choice) => (
            <Chip key={choice.maxFeeMinor} value={String(choice.maxFeeMinor)} size="sm" variant="outline">
              {`${choice.label} (${choice.count})`}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Fieldset>
  );
}
