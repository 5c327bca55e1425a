import type { DayPart, IntakeFormat, TherapistGender } from '../gql/graphql';
import { emptyScreenerAnswers, type ScreenerAnswers } from './screener-answers';

export type Priority = 1 | 2 | 3;
export type ModalityChoice = 'EVIDENCE' | 'CHOOSE';
export type CostChoice = 'ANY' | 'BUDGET' | 'SLIDING_SCALE';
/** A typed number: NumberInput reports '' while the box is empty. */
export type NumberDraft = number | '';

export interface ConcernAnswer {
  code: string;
  priority: Priority;
}

export interface LocationDraft {
  /** '' = no location (match anywhere in the state), a city preset id, or 'CUSTOM'. */
  choice: string;
  latitude: NumberDraft;
  longitude: NumberDraft;
  maxDistanceKm: NumberDraft;
}

/** Every answer in the wizard, as the form holds it (kept whole across steps and reloads). */
export interface IntakeDraft {
  concerns: ConcernAnswer[];
  goals: string[];
  modalityChoice: ModalityChoice;
  preferredModalities: string[];
  jurisdiction: string;
  format: IntakeFormat;
  location: LocationDraft;
  costChoice: CostChoice;
  budgetDollars: NumberDraft;
  insurance: string;
  languages: string[];
  genderPreference: TherapistGender[];
  communities: string[];
  ageGroup: string;
  preferredWeekdays: number[];
  preferredDayParts: DayPart[];
  timeZone: string;
  phq9: ScreenerAnswers;
  gad7: ScreenerAnswers;
}

export const DEFAULT_PRIORITY: Priority = 2;
export const DEFAULT_DISTANCE_KM = 15;
export const MAX_GOALS = 5;
export const MAX_GOAL_LENGTH = 300;
export const MAX_CONCERNS = 10;
export const MAX_INSURANCE_LENGTH = 80;

export function emptyDraft(timeZone: string): IntakeDraft {
  return {
    concerns: [],
    goals: [''],
    modalityChoice: 'EVIDENCE',
    preferredModalities: [],
    jurisdiction: '',
    format: 'ANY',
    location: { choice: '', latitude: '', longitude: '', maxDistanceKm: DEFAULT_DISTANCE_KM },
    costChoice: 'ANY',
    budgetDollars: '',
    insurance: '',
    languages: [],
    genderPreference: [],
    communities: [],
    ageGroup: '',
    preferredWeekdays: [],
    preferredDayParts: [],
    timeZone,
    phq9: emptyScreenerAnswers('phq9'),
    gad7: emptyScreenerAnswers('gad7'),
  };
}
