import type { ComboboxData } from '@mantine/core';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';

/** "BEHAVIOUR_AND_HABITS" → "Behaviour and habits". */
function categoryLabel(category: string): string {
  const words = category.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Concerns grouped by category, leaving out `exclude` (e.g. the specialties, in the "also treat" list). */
export function concernOptions(taxonomy: TaxonomyLookups, exclude: readonly string[] = []): ComboboxData {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const concern of taxonomy.data.concerns) {
    if (exclude.includes(concern.code)) continue;
    const label = categoryLabel(concern.category);
    const items = groups.get(label) ?? [];
    items.push({ value: concern.code, label: concern.name });
    groups.set(label, items);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}
