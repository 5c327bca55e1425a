import { isOptionsGroup, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';

/**
 * A concern filter that also knows the words people use ("can't sleep", "panic",
 * "sad all the time"), not only the names on the list.
 */
export function concernSearchFilter(taxonomy: TaxonomyLookups): OptionsFilter<string> {
  const words = new Map(
    taxonomy.data.concerns.map((concern) => [concern.code, [concern.name, ...concern.synonyms].join(' | ').toLowerCase()]),
  );
  const matches = (item: ComboboxItem, search: string) => (words.get(item.value) ?? item.label.toLowerCase()).includes(search);

  return ({ options, search, limit }) => {
    const query = search.trim().toLowerCase();
    const result: ComboboxParsedItem<string>[] = [];
    let count = 0;
    for (const option of options) {
      if (count >= limit) break;
      if (isOptionsGroup(option)) {
        const items = option.items.filter((item) => matches(item, query)).slice(0, limit - count);
        if (items.length > 0) result.push({ group: option.group, items });
        count += items.length;
      } else if (matches(option, query)) {
        result.push(option);
        count += 1;
      }
    }
    return result;
  };
}
