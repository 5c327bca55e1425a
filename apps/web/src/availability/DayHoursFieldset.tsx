import { Fieldset } from '@mantine/core';
import type { WindowDraft, WindowProblems } from './time-windows';
import type { WeekdayInfo } from './weekdays';
import { WindowListEditor } from './WindowListEditor';

interface DayHoursFieldsetProps {
  day: WeekdayInfo;
  windows: readonly WindowDraft[];
  problems: WindowProblems;
  onChange(windows: WindowDraft[]): void;
}

/** One weekday's windows, grouped under the day's name. */
export function DayHoursFieldset({ day, windows, problems, onChange }: DayHoursFieldsetProps) {
  return (
    <Fieldset legend={day.name} variant="filled" p="sm">
      <WindowListEditor dayName={day.name} windows={windows} problems={problems} onChange={onChange} emptyText="Unavailable" />
    </Fieldset>
  );
}
