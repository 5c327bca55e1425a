import '@mantine/dates/styles.css';
import { DatePicker } from '@mantine/dates';
import { useEffect, useState } from 'react';
import { formatLongDate } from '../format/dates';

interface OverrideCalendarProps {
  value: string | null;
  onChange(date: string | null): void;
  minDate: string;
  maxDate: string;
  /** Dates that already have an override; marked on the calendar and in their names. */
  overrideDates: ReadonlySet<string>;
}

/** A month calendar to pick the date to change (arrow keys move between days). */
export function OverrideCalendar({ value, onChange, minDate, maxDate, overrideDates }: OverrideCalendarProps) {
  // The month shown follows a date chosen elsewhere (e.g. "Edit" in the list of changes).
  const [shownMonth, setShownMonth] = useState(value ?? minDate);
  useEffect(() => {
    if (value) setShownMonth(value);
  }, [value]);
  return (
    <DatePicker
      date={shownMonth}
      onDateChange={setShownMonth}
      value={value}
      onChange={onChange}
      minDate={minDate}
      maxDate={maxDate}
      firstDayOfWeek={1}
      // Mantine paints weekends red, too faint on white; therapists work weekends anyway.
      weekendDays={[]}
      highlightToday
      ariaLabels={{ nextMonth: 'Next month', previousMonth: 'Previous month', monthLevelControl: 'Choose a month', yearLevelControl: 'Choose a year' }}
      getDayAriaLabel={(date) => `${formatLongDate(date)}${overrideDates.has(date) ? ', has changed hours' : ''}`}
      getDayProps={(date) =>
        overrideDates.has(date) && date !== value
          ? { style: { fontWeight: 700, textDecoration: 'underline', textDecorationThickness: 2, textUnderlineOffset: 3 } }
          : {}
      }
    />
  );
}
