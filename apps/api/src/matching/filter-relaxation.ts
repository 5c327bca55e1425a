import { formatDollars, type MatchPreferences } from '@rapport/domain';
import { findAgeGroup, findCommunity, findConcern, findLanguage, findModality, payerName } from '@rapport/taxonomy';
import { SearchFilter } from './models/search-filter.enum';
import type { SearchQuery } from './search/search-engine.port';

/** What a search asks: the ranking's preferences and the engine's query, which must agree. */
export interface SearchAsk {
  preferences: MatchPreferences;
  query: SearchQuery;
}

const FORMAT_WORDS: Record<string, string> = { VIDEO: 'video', IN_PERSON: 'in-person', PHONE: 'phone' };
const GENDER_WORDS: Record<string, string> = { WOMAN: 'woman', MAN: 'man', NON_BINARY: 'non-binary' };
const orList = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The search with `filter` set aside. Soft preferences it also scores (concerns, approaches) still count in the ranking. */
export function relaxFilter({ preferences, query }: SearchAsk, filter: SearchFilter): SearchAsk {
  const p = { ...preferences };
  const q = { ...query };
  switch (filter) {
    case SearchFilter.FORMAT:
      p.format = 'ANY';
      p.location = null;
      q.formats = [];
      break;
    case SearchFilter.DISTANCE:
      p.location = null;
      break;
    case SearchFilter.LANGUAGE:
      p.languages = [];
      q.languages = [];
      break;
    case SearchFilter.AGE_GROUP:
      p.ageGroup = null;
      q.ageGroup = null;
      break;
    case SearchFilter.BUDGET:
      p.budgetMaxMinor = null;
      q.maxFeeMinor = null;
      break;
    case SearchFilter.SLIDING_SCALE:
      p.needsSlidingScale = false;
      q.slidingScaleOnly = false;
      break;
    case SearchFilter.INSURANCE:
      p.insurance = null;
      q.insurance = null;
      break;
    case SearchFilter.ACCEPTING_NEW_CLIENTS:
      p.isFirstBooking = false;
      q.acceptingNewClients = false;
      break;
    case SearchFilter.CONCERNS:
      q.concerns = [];
      break;
    case SearchFilter.MODALITIES:
      q.modalities = [];
      break;
    case SearchFilter.GENDER:
      q.genders = [];
      break;
    case SearchFilter.COMMUNITIES:
      q.communities = [];
      break;
    case SearchFilter.TEXT:
      p.hasQuery = false;
      q.text = null;
      break;
  }
  return { preferences: p, query: q };
}

export function relaxFilters(ask: SearchAsk, filters: readonly SearchFilter[]): SearchAsk {
  return filters.reduce(relaxFilter, ask);
}

/** The filter in words, as the client set it: "In network with Aetna", "Up to $150 a session". Null when the search does not use it. */
export function filterLabel({ preferences: p, query: q }: SearchAsk, filter: SearchFilter): string | null {
  switch (filter) {
    case SearchFilter.FORMAT: {
      const formats = q.formats.length ? q.formats : p.format === 'ANY' ? [] : [p.format];
      return formats.length ? `${capitalize(orList(formats.map((format) => FORMAT_WORDS[format] ?? format)))} sessions` : null;
    }
    case SearchFilter.DISTANCE:
      return p.format === 'IN_PERSON' && p.location ? `Office within ${p.location.maxDistanceKm} km` : null;
    case SearchFilter.LANGUAGE:
      return p.languages.length ? `Sessions in ${orList(p.languages.map((code) => findLanguage(code)?.name ?? code))}` : null;
    case SearchFilter.AGE_GROUP:
      return p.ageGroup ? `Works with ${(findAgeGroup(p.ageGroup)?.label ?? p.ageGroup).toLowerCase()}` : null;
    case SearchFilter.BUDGET:
      return p.budgetMaxMinor !== null ? `Up to ${formatDollars(p.budgetMaxMinor)} a session` : null;
    case SearchFilter.SLIDING_SCALE:
      return p.needsSlidingScale ? 'Offers a sliding scale' : null;
    case SearchFilter.INSURANCE:
      return p.insurance ? `In network with ${payerName(p.insurance)}` : null;
    case SearchFilter.ACCEPTING_NEW_CLIENTS:
      return p.isFirstBooking || q.acceptingNewClients ? 'Accepting new clients' : null;
    case SearchFilter.CONCERNS:
      return q.concerns.length ? `Treats ${orList(q.concerns.map((code) => findConcern(code)?.name.toLowerCase() ?? code))}` : null;
    case SearchFilter.MODALITIES:
      return q.modalities.length ? `Offers ${orList(q.modalities.map((code) => findModality(code)?.shortName ?? code))}` : null;
    case SearchFilter.GENDER:
      return q.genders.length ? `A ${orList(q.genders.map((gender) => GENDER_WORDS[gender] ?? gender))} therapist` : null;
    case SearchFilter.COMMUNITIES:
      return q.communities.length ? orList(q.communities.map((code) => findCommunity(code)?.label ?? code)) : null;
    case SearchFilter.TEXT:
      return q.text ? `Search words: ${q.text}` : null;
  }
}

/** The filters this search uses, each with its label, in the enum's order. */
export function activeFilters(ask: SearchAsk): { filter: SearchFilter; label: string }[] {
  return Object.values(SearchFilter).flatMap((filter) => {
    const label = filterLabel(ask, filter);
    return label === null ? [] : [{ filter, label }];
  });
}
