import type { MatchPreferences, SessionFormatCode } from '@rapport/domain';
import type { IntakeAnswers } from '../intake/intake.entity';
import { intakeInsurance } from '../intake/intake.service';
import type { SearchTherapistsInput } from './dto/search-therapists.input';
import { relaxFilters, SearchAsk } from './filter-relaxation';
import { SearchFilter } from './models/search-filter.enum';
import { emptyQuery, SearchQuery } from './search/search-engine.port';
import { expandText } from './search/text-expansion';

/** Ranking preferences and engine filters from a client's intake, narrowed by any filters they added. */
export function fromIntake(answers: IntakeAnswers, input: SearchTherapistsInput): SearchAsk {
  const preferences: MatchPreferences = {
    concerns: answers.concerns,
    preferredModalities: input.modalities.length ? input.modalities : answers.preferredModalities,
    jurisdiction: answers.jurisdiction,
    format: answers.format as SessionFormatCode | 'ANY',
    location: answers.format === 'IN_PERSON' ? answers.location : null,
    budgetMaxMinor: input.maxFeeMinor ?? answers.budgetMaxMinor,
    needsSlidingScale: answers.needsSlidingScale || input.slidingScaleOnly,
    insurance: input.insurance ?? intakeInsurance(answers.insurance),
    languages: input.languages.length ? input.languages : answers.languages,
    genderPreference: input.genders.length ? input.genders : answers.genderPreference,
    communities: input.communities.length ? input.communities : answers.communities,
    ageGroup: answers.ageGroup,
    preferredTimes: { weekdays: answers.preferredWeekdays, dayParts: answers.preferredDayParts },
    timeZone: answers.timeZone,
    hasQuery: Boolean(input.text?.trim()),
    isFirstBooking: true,
  };
  return relaxFilters({ preferences, query: queryFor(preferences, input, answers.concerns.map((concern) => concern.code)) }, input.relax ?? []);
}

/** Directory search: the filters are the preferences (concerns weighted equally). */
export function fromFilters(input: SearchTherapistsInput & { jurisdiction: string }): SearchAsk {
  // Words that name concerns or approaches rank like ticking them (softly: the words
  // themselves are the filter), so "ocd" in the box explains itself as "Specialises in OCD".
  const named = (input.relax ?? []).includes(SearchFilter.TEXT) ? null : expandText(input.text);
  const preferences: MatchPreferences = {
    concerns: unique([...input.concerns, ...(named?.concerns ?? [])]).map((code) => ({ code, priority: 2 as const })),
    preferredModalities: unique([...input.modalities, ...(named?.modalities ?? [])]),
    jurisdiction: input.jurisdiction,
    format: input.formats.length === 1 ? input.formats[0] : 'ANY',
    location: null,
    budgetMaxMinor: input.maxFeeMinor ?? null,
    needsSlidingScale: input.slidingScaleOnly,
    insurance: input.insurance ?? null,
    languages: input.languages,
    genderPreference: input.genders,
    communities: input.communities,
    ageGroup: input.ageGroup ?? null,
    preferredTimes: { weekdays: [], dayParts: [] },
    timeZone: input.timeZone,
    hasQuery: Boolean(input.text?.trim()),
    isFirstBooking: input.acceptingNewClients,
  };
  return relaxFilters({ preferences, query: queryFor(preferences, input, input.concerns) }, input.relax ?? []);
}

function queryFor(preferences: MatchPreferences, input: SearchTherapistsInput, concerns: string[]): SearchQuery {
  return emptyQuery({
    jurisdiction: preferences.jurisdiction,
    formats: input.formats.length ? input.formats : preferences.format === 'ANY' ? [] : [preferences.format],
    languages: preferences.languages,
    concerns,
    modalities: input.modalities,
    // Gender and communities are soft in matching, hard only when picked as directory filters.
    genders: input.genders,
    communities: input.communities,
    ageGroup: preferences.ageGroup,
    maxFeeMinor: preferences.budgetMaxMinor,
    slidingScaleOnly: preferences.needsSlidingScale,
    acceptingNewClients: preferences.isFirstBooking,
    insurance: preferences.insurance,
    text: input.text?.trim() || null,
  });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
