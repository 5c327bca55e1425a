export interface WeekdayInfo {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  iso: number;
  name: string;
  short: string;
}

export const WEEKDAYS: readonly WeekdayInfo[] = [
  { iso: 1, name: 'Monday', short: 'Mon' },
  { iso: 2, name: 'Tuesday', short: 'Tue' },
  { iso: 3, name: 'Wednesday', short: 'Wed' },
  { iso: 4, name: 'Thursday', short: 'Thu' },
  { iso: 5, name: 'Friday', short: 'Fri' },
  { iso: 6, name: 'Saturday', short: 'Sat' },
  { iso: 7, name: 'Sunday', short: 'Sun' },
];
