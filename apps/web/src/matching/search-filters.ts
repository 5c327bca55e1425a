import type { SearchFilter, SessionFormat, TherapistGender } from '../gql/graphql';

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
  /** A payer id (taxonomy.payers). */
  insurance: string | null;
  /** Filters set aside for this search (from the API's emptyBecause), the intake's included. */
  relax: SearchFilter[];
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
const SEARCH_FILTERS: readonly SearchFilter[] = [
  'FORMAT', 'DISTANCE', 'LANGUAGE', 'AGE_GROUP', 'BUDGET', 'SLIDING_SCALE', 'INSURANCE',
  'ACCEPTING_NEW_CLIENTS', 'CONCERNS', 'MODALITIES', 'GENDER', 'COMMUNITIES', 'TEXT',
];

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
    insurance: params.get('insurance') || null,
    relax: [...new Set(params.getAll('relax'))].filter((value): value is SearchFilter => (SEARCH_FILTERS as readonly string[]).includes(value)),
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
  setOrDelete(next, 'insurance', filters.insurance);
  next.delete('relax');
  for (const filter of filters.relax) next.append('relax', filter);
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
  insurance: null,
  relax: [],
};

export function hasFilters(filters: SearchFilters): boolean {
  return (
    Object.keys(LIST_PARAMS).some((filter) => filters[filter as ListFilter].length > 0) ||
    filters.maxFeeMinor !== null ||
    filters.slidingScaleOnly ||
    filters.acceptingNewClients ||
    filters.insurance !== null ||
    filters.relax.length > 0
  );
}

/**
 * One click on "show them without this filter": a filter set on this page is cleared;
 * one that comes from elsewhere (the intake's budget, its insurance) is set aside with
 * `relax`, so the answers themselves stay as the client gave them.
 */
export function relaxFilter(filters: SearchFilters, filter: SearchFilter): SearchFilters {
  const cleared = clearOnPage(filters, filter);
  if (cleared !== null) return cleared;
  return filters.relax.includes(filter) ? filters : { ...filters, relax: [...filters.relax, filter] };
}

function clearOnPage(filters: SearchFilters, filter: SearchFilter): SearchFilters | null {
  switch (filter) {
    case 'FORMAT':
      return filters.formats.length ? { ...filters, formats: [] } : null;
    case 'LANGUAGE':
      return filters.languages.length ? { ...filters, languages: [] } : null;
    case 'BUDGET':
      return filters.maxFeeMinor !== null ? { ...filters, maxFeeMinor: null } : null;
    case 'SLIDING_SCALE':
      return filters.slidingScaleOnly ? { ...filters, slidingScaleOnly: false } : null;
    case 'INSURANCE':
      return filters.insurance !== null ? { ...filters, insurance: null } : null;
    case 'ACCEPTING_NEW_CLIENTS':
      return filters.acceptingNewClients ? { ...filters, acceptingNewClients: false } : null;
    case 'CONCERNS':
      return filters.concerns.length ? { ...filters, concerns: [] } : null;
    case 'MODALITIES':
      return filters.modalities.length ? { ...filters, modalities: [] } : null;
    case 'GENDER':
      return filters.genders.length ? { ...filters, genders: [] } : null;
    case 'COMMUNITIES':
      return filters.communities.length ? { ...filters, communities: [] } : null;
    default:
      return null;
  }
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null) {
  if (value === null) params.delete(name);
  else params.set(name, value);
}
