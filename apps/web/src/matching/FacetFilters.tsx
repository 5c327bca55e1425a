import { Button, Checkbox, Paper, Select, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { payerFilter, payerOptions } from '../taxonomy/payer-options';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { FILTER_LEGENDS, facetValueLabel } from './facet-labels';
import { FacetChipGroup, type ChipOption } from './FacetChipGroup';
import { PriceFilter } from './PriceFilter';
import type { SearchResult } from './use-paged-search';
import { hasFilters, NO_FILTERS, type ListFilter, type SearchFilters } from './search-filters';

type Facets = SearchResult['facets'];
type FacetName = Exclude<keyof Facets, '__typename'>;

const FACET_OF: Record<ListFilter, FacetName> = {
  concerns: 'concern',
  modalities: 'modality',
  languages: 'language',
  communities: 'community',
  formats: 'format',
  genders: 'gender',
};

interface FacetFiltersProps {
  facets: Facets | null;
  filters: SearchFilters;
  onChange(filters: SearchFilters): void;
  taxonomy: TaxonomyLookups | null;
  /** Which list facets to offer, in order. */
  lists: readonly ListFilter[];
  /** The directory offers "accepting new clients"; matches always ask for it. */
  withAcceptingNewClients?: boolean;
}

/** Facet counts as filter chips, plus price, sliding scale and (in the directory) new clients. */
export function FacetFilters({ facets, filters, onChange, taxonomy, lists, withAcceptingNewClients = false }: FacetFiltersProps) {
  const headingId = useId();
  const change = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });

  function options(filter: ListFilter): ChipOption[] {
    const counted = (facets?.[FACET_OF[filter]] ?? []).map((facet) => ({
      value: facet.value,
      label: facetValueLabel(filter, facet.value, taxonomy),
      count: facet.count,
    }));
    // A chosen value the counts no longer mention still needs its chip, to un-choose it.
    const missing = filters[filter]
      .filter((value) => !counted.some((option) => option.value === value))
      .map((value) => ({ value, label: facetValueLabel(filter, value, taxonomy), count: null }));
    return [...missing, ...counted];
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId}>
          Narrow your results
        </Title>
        {lists.map((filter) => (
          <FacetChipGroup
            key={filter}
            legend={FILTER_LEGENDS[filter]}
            options={options(filter)}
            selected={filters[filter]}
            onChange={(selected) => change({ [filter]: selected })}
          />
        ))}
        <PriceFilter bands={facets?.priceBand ?? []} maxFeeMinor={filters.maxFeeMinor} onChange={(maxFeeMinor) => change({ maxFeeMinor })} />
        <Checkbox
          label="Offers a sliding scale (reduced fees)"
          checked={filters.slidingScaleOnly}
          onChange={(event) => change({ slidingScaleOnly: event.currentTarget.checked })}
        />
        {taxonomy && (
          <Select
            label="Insurance"
            description="Only therapists in network with your plan"
            placeholder="Any, or paying myself"
            searchable
            clearable
            nothingFoundMessage="No payer by that name"
            data={payerOptions(taxonomy)}
            filter={payerFilter(taxonomy)}
            value={filters.insurance}
            onChange={(insurance) => change({ insurance })}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {withAcceptingNewClients && (
          <Checkbox
            label="Accepting new clients"
            checked={filters.acceptingNewClients}
            onChange={(event) => change({ acceptingNewClients: event.currentTarget.checked })}
          />
        )}
        {hasFilters(filters) && (
          <Button variant="subtle" onClick={() => onChange(NO_FILTERS)} style={{ alignSelf: 'flex-start' }}>
            Clear all filters
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
