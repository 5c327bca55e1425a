import type { BookingSettingsInput } from '../gql/graphql';

/** The settings as the form edits them: notice in hours, an empty daily cap for "no cap". */
export interface BookingSettingsFormValues {
  bufferBeforeMinutes: number | string;
  bufferAfterMinutes: number | string;
  minimumNoticeHours: number | string;
  horizonDays: number | string;
  maxSessionsPerDay: number | string;
  slotStepMinutes: number | string;
}

interface BookingSettingsData {
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  horizonDays: number;
  maxSessionsPerDay?: number | null;
  slotStepMinutes: number;
}

export const SETTINGS_LIMITS = {
  bufferMinutes: 240,
  noticeHours: 720,
  horizonDays: 366,
  dailyCap: 24,
  slotStep: { min: 5, max: 240 },
} as const;

/** API field → form field, for server errors. */
export const SETTINGS_FIELD_OF: Record<string, keyof BookingSettingsFormValues> = {
  bufferBeforeMinutes: 'bufferBeforeMinutes',
  bufferAfterMinutes: 'bufferAfterMinutes',
  minimumNoticeMinutes: 'minimumNoticeHours',
  horizonDays: 'horizonDays',
  maxSessionsPerDay: 'maxSessionsPerDay',
  slotStepMinutes: 'slotStepMinutes',
};

export function settingsFormValues(settings: BookingSettingsData): BookingSettingsFormValues {
  return {
    bufferBeforeMinutes: settings.bufferBeforeMinutes,
    bufferAfterMinutes: settings.bufferAfterMinutes,
    minimumNoticeHours: settings.minimumNoticeMinutes / 60,
    horizonDays: settings.horizonDays,
    maxSessionsPerDay: settings.maxSessionsPerDay ?? '',
    slotStepMinutes: settings.slotStepMinutes,
  };
}

export function toBookingSettingsInput(values: BookingSettingsFormValues): BookingSettingsInput {
  return {
    bufferBeforeMinutes: Number(values.bufferBeforeMinutes),
    bufferAfterMinutes: Number(values.bufferAfterMinutes),
    minimumNoticeMinutes: Math.round(Number(values.minimumNoticeHours) * 60),
    horizonDays: Number(values.horizonDays),
    maxSessionsPerDay: values.maxSessionsPerDay === '' ? null : Number(values.maxSessionsPerDay),
    slotStepMinutes: Number(values.slotStepMinutes),
  };
}

function wholeNumberBetween(min: number, max: number, message: string) {
  return (value: number | string) => {
    const number = Number(value);
    return value === '' || !Number.isInteger(number) || number < min || number > max ? message : null;
  };
}

export const bookingSettingsValidation = {
  bufferBeforeMinutes: wholeNumberBetween(0, SETTINGS_LIMITS.bufferMinutes, 'Enter 0 to 240 minutes.'),
  bufferAfterMinutes: wholeNumberBetween(0, SETTINGS_LIMITS.bufferMinutes, 'Enter 0 to 240 minutes.'),
  minimumNoticeHours: (value: number | string) => {
    const hours = Number(value);
    return value === '' || Number.isNaN(hours) || hours < 0 || hours > SETTINGS_LIMITS.noticeHours
      ? 'Enter 0 to 720 hours (30 days).'
      : null;
  },
  horizonDays: wholeNumberBetween(1, SETTINGS_LIMITS.horizonDays, 'Enter 1 to 366 days.'),
  maxSessionsPerDay: (value: number | string) =>
    value === '' ? null : wholeNumberBetween(1, SETTINGS_LIMITS.dailyCap, 'Enter 1 to 24 sessions, or leave empty for no cap.')(value),
  slotStepMinutes: wholeNumberBetween(SETTINGS_LIMITS.slotStep.min, SETTINGS_LIMITS.slotStep.max, 'Enter 5 to 240 minutes.'),
};
