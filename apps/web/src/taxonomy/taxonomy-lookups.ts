import type { TaxonomyQuery } from '../gql/graphql';

export type TaxonomyData = TaxonomyQuery['taxonomy'];
export type ConcernEntry = TaxonomyData['concerns'][number];
export type ModalityEntry = TaxonomyData['modalities'][number];
export type LicenseTypeEntry = TaxonomyData['licenseTypes'][number];

/** The taxonomy lists plus code → entry lookups, so pages never search arrays by hand. */
export interface TaxonomyLookups {
  data: TaxonomyData;
  concern(code: string): ConcernEntry | undefined;
  modality(code: string): ModalityEntry | undefined;
  licenseType(code: string): LicenseTypeEntry | undefined;
  /** Plain-language names, falling back to the code for anything unknown (e.g. a newer taxonomy). */
  concernName(code: string): string;
  jurisdictionName(code: string): string;
  languageLabel(code: string): string;
  communityLabel(code: string): string;
  ageGroupLabel(code: string): string;
  /** An insurance payer's name by id; an id the list does not know is shown as it is (e.g. a plan typed before the list). */
  payerName(id: string): string;
}

function indexBy<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}

export function createTaxonomyLookups(data: TaxonomyData): TaxonomyLookups {
  const concerns = indexBy(data.concerns);
  const modalities = indexBy(data.modalities);
  const licenseTypes = indexBy(data.licenseTypes);
  const jurisdictions = indexBy(data.jurisdictions);
  const languages = indexBy(data.languages);
  const communities = indexBy(data.communities);
  const ageGroups = indexBy(data.ageGroups);
  const payers = new Map(data.payers.map((payer) => [payer.id, payer]));

  return {
    data,
    concern: (code) => concerns.get(code),
    modality: (code) => modalities.get(code),
    licenseType: (code) => licenseTypes.get(code),
    concernName: (code) => concerns.get(code)?.name ?? code,
    jurisdictionName: (code) => jurisdictions.get(code)?.name ?? code,
    languageLabel: (code) => languages.get(code)?.label ?? code,
    communityLabel: (code) => communities.get(code)?.label ?? code,
    ageGroupLabel: (code) => ageGroups.get(code)?.label ?? code,
    payerName: (id) => payers.get(id)?.name ?? id,
  };
}
