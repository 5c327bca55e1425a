import type { MatchPreferences } from '@rapport/domain';
import { activeFilters, relaxFilter, relaxFilters, SearchAsk } from './filter-relaxation';
import { SearchFilter } from './models/search-filter.enum';
import { emptyQuery } from './search/search-engine.port';

const preferences: MatchPreferences = {
  concerns: [{ code: 'OCD', priority: 3 }],
  preferredModalities: ['ERP'],
  jurisdiction: 'NY',
  format: 'IN_PERSON',
  location: { latitude: 40.7, longitude: -74, maxDistanceKm: 10 },
  budgetMaxMinor: 150_00,
  needsSlidingScale: true,
  insurance: 'AETNA',
  languages: ['es'],
  genderPreference: ['WOMAN'],
  communities: [],
  ageGroup: 'ADULTS',
  preferredTimes: { weekdays: [], dayParts: ['EVENING'] },
  timeZone: 'America/New_York',
  hasQuery: true,
  isFirstBooking: true,
};
const ask: SearchAsk = {
  preferences,
  query: emptyQuery({
    jurisdiction: 'NY', formats: ['IN_PERSON'], languages: ['es'], concerns: ['OCD'], ageGroup: 'ADULTS', maxFeeMinor: 150_00,
    slidingScaleOnly: true, acceptingNewClients: true, insurance: 'AETNA', text: 'intrusive thoughts', genders: ['WOMAN'],
  }),
};

describe('filter relaxation', () => {
  it('names each filter the search uses, in words', () => {
    expect(activeFilters(ask)).toEqual([
      { filter: SearchFilter.FORMAT, label: 'In-person sessions' },
      { filter: SearchFilter.DISTANCE, label: 'Office within 10 km' },
      { filter: SearchFilter.LANGUAGE, label: 'Sessions in Spanish' },
      { filter: SearchFilter.AGE_GROUP, label: 'Works with adults (26–64)' },
      { filter: SearchFilter.BUDGET, label: 'Up to $150 a session' },
      { filter: SearchFilter.SLIDING_SCALE, label: 'Offers a sliding scale' },
      { filter: SearchFilter.INSURANCE, label: 'In network with Aetna' },
      { filter: SearchFilter.ACCEPTING_NEW_CLIENTS, label: 'Accepting new clients' },
      { filter: SearchFilter.CONCERNS, label: 'Treats obsessive-compulsive disorder' },
      { filter: SearchFilter.GENDER, label: 'A woman therapist' },
      { filter: SearchFilter.TEXT, label: 'Search words: intrusive thoughts' },
    ]);
  });

  it('sets aside one filter in both the ranking and the engine, leaving the rest and the scored preferences', () => {
    const relaxed = relaxFilter(ask, SearchFilter.INSURANCE);
    expect([relaxed.preferences.insurance, relaxed.query.insurance]).toEqual([null, null]);
    expect(activeFilters(relaxed).map((entry) => entry.filter)).not.toContain(SearchFilter.INSURANCE);
    expect(activeFilters(relaxed)).toHaveLength(activeFilters(ask).length - 1);
    const format = relaxFilter(ask, SearchFilter.FORMAT);
    expect([format.preferences.format, format.preferences.location, format.query.formats]).toEqual(['ANY', null, []]);
    // Concerns stop filtering but still score.
    expect(relaxFilter(ask, SearchFilter.CONCERNS).preferences.concerns).toEqual(preferences.concerns);
  });

  it.each(Object.values(SearchFilter))('%s, once relaxed, is no longer active', (filter) => {
    expect(activeFilters(relaxFilters(ask, [filter])).map((entry) => entry.filter)).not.toContain(filter);
  });
});
