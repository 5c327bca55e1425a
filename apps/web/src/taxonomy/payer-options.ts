import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import type { TaxonomyLookups } from './taxonomy-lookups';

/** The payer list as select options, clients and therapists alike. */
export function payerOptions(taxonomy: TaxonomyLookups): ComboboxItem[] {
  return taxonomy.data.payers.map((payer) => ({ value: payer.id, label: payer.name }));
}

/** Matches what people call their insurer too: "BCBS", "Optum", "UHC", "Medi-Cal". */
export function payerFilter(taxonomy: TaxonomyLookups): OptionsFilter {
  const aliases = new Map(taxonomy.data.payers.map((payer) => [payer.id, payer.aliases]));
  return ({ options, search }) => {
    const words = search.trim().toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    if (!words) return options;
    return options.filter((option) => {
      if (!('value' in option)) return false;
      return [option.label, ...(aliases.get(option.value) ?? [])].some((name) => name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').includes(words));
    });
  };
}
