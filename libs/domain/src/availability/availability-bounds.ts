import type { SlotSettings } from './availability.types';

/** An inclusive range of whole numbers. */
export interface WholeNumberBounds {
  min: number;
  max: number;
}

/**
 * The one set of limits for booking settings. The domain validator, the API's
 * input checks and the database's check constraints are all built from these
 * numbers, so they cannot drift apart.
 */
export const SLOT_SETTINGS_BOUNDS = {
  bufferBeforeMinutes: { min: 0, max: 240 },
  bufferAfterMinutes: { min: 0, max: 240 },
  minimumNoticeMinutes: { min: 0, max: 30 * 24 * 60 },
  horizonDays: { min: 1, max: 366 },
  /** When not null (no cap). */
  maxSessionsPerDay: { min: 1, max: 24 },
  slotStepMinutes: { min: 5, max: 240 },
} as const satisfies Record<keyof SlotSettings, WholeNumberBounds>;

/** Working windows on one day (a weekday of the weekly hours, or an overridden date). */
export const MAX_WINDOWS_PER_DAY = 10;

/** What a session type may be; consultations are also always free. */
export const SESSION_TYPE_BOUNDS = {
  nameLength: { min: 2, max: 80 },
  durationMinutes: { min: 15, max: 240 },
  /** Cents: up to $100,000. */
  priceMinor: { min: 0, max: 10_000_000 },
} as const satisfies Record<string, WholeNumberBounds>;

/** True when `value` is a whole number within `bounds`. */
export function isWithin(value: unknown, bounds: WholeNumberBounds): value is number {
  return Number.isInteger(value) && (value as number) >= bounds.min && (value as number) <= bounds.max;
}

/**
 * A PostgreSQL check expression keeping `column` within `bounds`, written the way
 * PostgreSQL prints it back (so the ORM's schema diff stays empty).
 */
export function checkWithin(column: string, bounds: WholeNumberBounds): string {
  return `((${column} >= ${bounds.min}) AND (${column} <= ${bounds.max}))`;
}
