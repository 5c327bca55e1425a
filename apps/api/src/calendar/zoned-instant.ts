import type { ICalLuxonDateTimeStub } from 'ical-generator';
import { formatLocalTime, isValidInstant, isValidTimeZone, localDateTimeOf } from '@rapport/domain';

/**
 * An instant as ical-generator's date-time input: the library takes any object
 * shaped like a Luxon DateTime (its `ICalLuxonDateTimeStub`) and writes
 * `DTSTART;TZID=zone:local-wall-time` from it. Ours reads the wall time through
 * the one time wrapper (`@rapport/domain`), so no second date library is used,
 * and a native Date (which ical-generator would read in the host's zone) never
 * reaches it. Only the formats ical-generator asks for are supported; any other
 * throws, so a library upgrade that changes them fails the calendar tests.
 */
export function zonedInstant(instant: Date, timeZone: string): ICalLuxonDateTimeStub {
  if (!isValidInstant(instant)) throw new RangeError('calendar: an event time is not a valid date');
  if (!isValidTimeZone(timeZone)) throw new RangeError(`calendar: ${JSON.stringify(timeZone)} is not an IANA time zone`);
  const { localDate, minutesOfDay } = localDateTimeOf(instant, timeZone);
  const seconds = String(instant.getUTCSeconds()).padStart(2, '0');
  return {
    isValid: true,
    zone: { type: timeZone === 'UTC' ? 'fixed' : 'iana' },
    setZone: (zone?: string) => zonedInstant(instant, zone ?? timeZone),
    toJSDate: () => new Date(instant),
    toJSON: () => instant.toISOString(),
    toFormat: (format: string) => {
      if (format === 'yyyyLLdd') return localDate.replaceAll('-', '');
      if (format === 'HHmmss') return `${formatLocalTime(minutesOfDay).replace(':', '')}${seconds}`;
      throw new Error(`calendar: unexpected date format ${format} asked by ical-generator`);
    },
  };
}
