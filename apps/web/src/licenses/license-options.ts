import type { ComboboxStringGroupData } from '@mantine/core';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';

const CHOOSE = (label: string) => ({ value: '', label, disabled: true });

/** License types grouped by profession: "Counselor" → "LPC: Licensed Professional Counselor". */
export function licenseTypeOptions(taxonomy: TaxonomyLookups): ComboboxStringGroupData {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const type of taxonomy.data.licenseTypes) {
    const items = groups.get(type.profession) ?? [];
    items.push({ value: type.code, label: `${type.abbreviation}: ${type.name}` });
    groups.set(type.profession, items);
  }
  return [CHOOSE('Choose a license type'), ...[...groups].map(([group, items]) => ({ group, items }))];
}

export function jurisdictionOptions(taxonomy: TaxonomyLookups): ComboboxStringGroupData {
  const states = [...taxonomy.data.jurisdictions].sort((a, b) => a.name.localeCompare(b.name));
  return [CHOOSE('Choose a state'), ...states.map((state) => ({ value: state.code, label: state.name }))];
}
