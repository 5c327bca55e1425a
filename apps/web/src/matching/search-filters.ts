import type { SessionFormat, TherapistGender } from '../gql/graphql';

/** The narrowing a person adds on top of their intake (or a directory search). */
export interface SearchFilters {
  concerns: string[];
  modalities: string[];
  languages: string[];
  communities: string[];
  formats: SessionFormat[];
  genders: TherapistGender[];
  maxFeeMinor: number | null;
  slidingScaleOnly: boolean;
  acceptingNewClients: boolean;
}

export type ListFilter = 'concerns' | 'modalities' | 'languages' | 'communities' | 'formats' | 'genders';

// URL names: short, readable, repeated for lists (`?language=es&language=fr`).
const LIST_PARAMS: Record<ListFilter, string> = {
  concerns: 'concern',
  modalities: 'modality',
  languages: 'language',
  communities: 'community',
  formats: 'format',
  genders: 'gender',
};
const FORMATS: readonly string[] = ['VIDEO', 'IN_PERSON', 'PHONE'];
const GENDERS: readonly string[] = ['WOMAN', 'MAN', 'NON_BINARY'];

export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const list = (filter: ListFilter) => [...new Set(params.getAll(LIST_PARAMS[filter]).filter(Boolean))];
  const maxFee = Number(params.get('maxFee'));
  return {
    concerns: list('concerns'),
    modalities: list('modalities'),
    languages: list('languages'),
    communities: list('communities'),
    formats: list('formats').filter((value) => FORMATS.includes(value)) as SessionFormat[],
    genders: list('genders').filter((value) => GENDERS.includes(value)) as TherapistGender[],
    maxFeeMinor: Number.isSafeInteger(maxFee) && maxFee > 0 ? maxFee : null,
    slidingScaleOnly: params.get('sliding') === '1',
    acceptingNewClients: params.get('accepting') === '1',
  };
}

/** Writes the filters into `params` (other keys, like `state` and `q`, are kept). */
export function writeFilters(params: URLSearchParams, filters: SearchFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [filter, name] of Object.entries(LIST_PARAMS) as [ListFilter, string][]) {
    next.delete(name);
    for (const value of filters[filter]) next.append(name, value);
  }
  setOrDelete(next, 'maxFee', filters.maxFeeMinor === null ? null : String(filters.maxFeeMinor));
  setOrDelete(next, 'sliding', filters.slidingScaleOnly ? '1' : null);
  setOrDelete(next, 'accepting', filters.acceptingNewClients ? '1' : null);
  return next;
}

export const NO_FILTERS: SearchFilters = {
  concerns: [],
  modalities: [],
  languages: [],
  communities: [],
  formats: [],
  genders: [],
  maxFeeMinor: null,
  slidingScaleOnly: false,
  acceptingNewClients: false,
};

export function hasFilters(filters: SearchFilters): boolean {
  return (
    Object.keys(LIST_PARAMS).some((filter) => filters[filter as ListFilter].length > 0) ||
    filters.maxFeeMinor !== null ||
    filters.slidingScaleOnly ||
    filters.acceptingNewClients
  );
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null) {
  if (value === null) params.delete(name);
  else params.set(name, value);
}
