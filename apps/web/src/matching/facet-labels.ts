import type { SessionFormat } from '../gql/graphql';
import { formatLabel } from '../therapists/format-labels';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import type { ListFilter } from './search-filters';

const GENDER_LABELS: Record<string, string> = { WOMAN: 'Woman', MAN: 'Man', NON_BINARY: 'Non-binary' };

/** A facet value as a person reads it: "es" → "Spanish", "IN_PERSON" → "In person". */
export function facetValueLabel(filter: ListFilter, value: string, taxonomy: TaxonomyLookups | null): string {
  switch (filter) {
    case 'concerns':
      return taxonomy?.concernName(value) ?? value;
    case 'modalities':
      return taxonomy?.modality(value)?.name ?? value;
    case 'languages':
      return taxonomy?.languageLabel(value) ?? value;
    case 'communities':
      return taxonomy?.communityLabel(value) ?? value;
    case 'formats':
      return formatLabel(value as SessionFormat) ?? value;
    case 'genders':
      return GENDER_LABELS[value] ?? value;
  }
}

export const FILTER_LEGENDS: Record<ListFilter, string> = {
  concerns: 'Concerns',
  modalities: 'Approaches',
  languages: 'Languages',
  communities: 'Communities',
  formats: 'Session format',
  genders: 'Therapist gender',
};
