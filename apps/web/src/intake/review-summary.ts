import { WEEKDAYS } from '../availability/weekdays';
import { formatCents } from '../format/money';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { findCityPreset } from './city-presets';
import type { IntakeDraft } from './intake-draft';
import { DAY_PART_OPTIONS, FORMAT_OPTIONS, GENDER_OPTIONS, optionLabel, PRIORITY_OPTIONS } from './intake-options';
import { answeredCount } from './screener-answers';
import type { IntakeStepId } from './intake-steps';

/** Each step's answers in a line or a few, for the review page. */
export function reviewLines(step: IntakeStepId, draft: IntakeDraft, taxonomy: TaxonomyLookups): string[] {
  switch (step) {
    case 'concerns':
      return draft.concerns.map(
        (concern) => `${taxonomy.concernName(concern.code)}: ${optionLabel(PRIORITY_OPTIONS, concern.priority).toLowerCase()}`,
      );
    case 'goals': {
      const goals = draft.goals.map((goal) => goal.trim()).filter(Boolean);
      return goals.length > 0 ? goals : ['None yet'];
    }
    case 'approach':
      return draft.modalityChoice === 'EVIDENCE'
        ? ['Not sure — recommend based on evidence']
        : draft.preferredModalities.map((code) => taxonomy.modality(code)?.name ?? code);
    case 'place':
      return [
        draft.jurisdiction ? taxonomy.jurisdictionName(draft.jurisdiction) : 'No state chosen',
        optionLabel(FORMAT_OPTIONS, draft.format),
        ...(draft.format === 'IN_PERSON' ? [locationLine(draft)] : []),
      ];
    case 'cost':
      return [costLine(draft), ...(draft.insurance.trim() ? [`Insurance: ${taxonomy.payerName(draft.insurance.trim())}`] : [])];
    case 'therapist':
      return therapistLines(draft, taxonomy);
    case 'schedule':
      return [
        draft.preferredWeekdays.length > 0
          ? WEEKDAYS.filter((day) => draft.preferredWeekdays.includes(day.iso)).map((day) => day.name).join(', ')
          : 'Any day',
        draft.preferredDayParts.length > 0
          ? draft.preferredDayParts.map((part) => optionLabel(DAY_PART_OPTIONS, part)).join(', ')
          : 'Any time of day',
        `Time zone: ${draft.timeZone}`,
      ];
    case 'phq9':
    case 'gad7':
      return [answeredCount(draft[step]) > 0 ? 'Answered' : 'Skipped'];
    case 'review':
      return [];
  }
}

function locationLine(draft: IntakeDraft): string {
  const { choice, maxDistanceKm } = draft.location;
  if (!choice) return 'Anywhere in the state';
  const place = findCityPreset(choice)?.label ?? `${draft.location.latitude}, ${draft.location.longitude}`;
  return `Within ${maxDistanceKm} km of ${place}`;
}

function costLine(draft: IntakeDraft): string {
  if (draft.costChoice === 'SLIDING_SCALE') return 'Needs a reduced fee (sliding scale)';
  if (draft.costChoice === 'BUDGET' && typeof draft.budgetDollars === 'number') {
    return `Up to ${formatCents(Math.round(draft.budgetDollars * 100))} per session`;
  }
  return 'Any fee';
}

function therapistLines(draft: IntakeDraft, taxonomy: TaxonomyLookups): string[] {
  const lines = [
    draft.languages.length > 0 ? `Speaks ${draft.languages.map(taxonomy.languageLabel).join(' or ')}` : null,
    draft.genderPreference.length > 0
      ? `Prefers ${draft.genderPreference.map((gender) => optionLabel(GENDER_OPTIONS, gender).toLowerCase()).join(' or ')}`
      : null,
    draft.communities.length > 0 ? `Understands: ${draft.communities.map(taxonomy.communityLabel).join(', ')}` : null,
    draft.ageGroup ? `For: ${taxonomy.ageGroupLabel(draft.ageGroup)}` : null,
  ].filter((line): line is string => line !== null);
  return lines.length > 0 ? lines : ['No preferences'];
}
