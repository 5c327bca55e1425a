/** A working window on a local date, in wall-clock time: 'HH:mm', end may be '24:00'; start < end. */
export interface TimeWindow {
  startLocal: string;
  endLocal: string;
}

/** A weekly working window. Several per weekday are allowed; they must not overlap. */
export interface WeeklyRule extends TimeWindow {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** Replaces the weekly rules on one local date ('YYYY-MM-DD'); no windows = closed that day. */
export interface DateOverride {
  date: string;
  windows: TimeWindow[];
}

export interface SlotSettings {
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  /** Bookable up to this many days (of 24 h) from `now`. */
  horizonDays: number;
  /** Per therapist-local date; null = no cap. */
  maxSessionsPerDay: number | null;
  /** Candidate starts every step, in wall-clock minutes from each window's start. */
  slotStepMinutes: number;
}

/**
 * Time the therapist is not free. Bookings and holds: the blocked range already
 * includes their buffers, and they count toward the daily cap. External calendar
 * events don't count.
 */
export interface BusyInterval {
  start: Date;
  end: Date;
  countsTowardDailyCap: boolean;
}

export interface ComputeOpenSlotsInput {
  now: Date;
  /** The therapist's IANA zone; rules and overrides are read in it. */
  timeZone: string;
  rules: WeeklyRule[];
  overrides: DateOverride[];
  settings: SlotSettings;
  busy: BusyInterval[];
  durationMinutes: number;
  from: Date;
  to: Date;
}

/** A bookable session, [start, end). */
export interface Slot {
  start: Date;
  end: Date;
}

/** One thing wrong with the input, e.g. { path: 'rules[3].endLocal', message: 'must be after startLocal (17:00)' }. */
export interface AvailabilityProblem {
  path: string;
  message: string;
}

export interface InstantRange {
  from: Date;
  to: Date;
}
