import { ActionIcon, Group, Text, TextInput } from '@mantine/core';
import { formatRange } from './local-time';
import type { WindowDraft, WindowProblem } from './time-windows';

interface TimeWindowRowProps {
  window: WindowDraft;
  /** The day the window belongs to, e.g. "Monday" or "Tue 10 Mar". */
  dayName: string;
  /** Position within the day, from 0. */
  index: number;
  problem?: WindowProblem;
  onChange(window: WindowDraft): void;
  onRemove(): void;
}

/** Start and end of one window of hours, with its problem (if any) right under it. */
export function TimeWindowRow({ window, dayName, index, problem, onChange, onRemove }: TimeWindowRowProps) {
  const errorId = `${window.key}-error`;
  const range = window.startLocal && window.endLocal ? formatRange(window.startLocal, window.endLocal) : `hours ${index + 1}`;
  return (
    // The group names the window for screen readers; its problem is read as the group's description.
    <div role="group" aria-label={`${dayName}, hours ${index + 1}`} aria-describedby={problem ? errorId : undefined}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          type="time"
          label="Start"
          id={`${window.key}-start`}
          size="sm"
          style={{ flex: '1 1 0', maxWidth: 160, minWidth: 0 }}
          value={window.startLocal}
          error={problem?.start}
          onChange={(event) => onChange({ ...window, startLocal: event.currentTarget.value })}
        />
        <TextInput
          type="time"
          label="End"
          id={`${window.key}-end`}
          size="sm"
          style={{ flex: '1 1 0', maxWidth: 160, minWidth: 0 }}
          value={window.endLocal}
          error={problem?.end}
          onChange={(event) => onChange({ ...window, endLocal: event.currentTarget.value })}
        />
        {/* A compact cross leaves both time inputs room on a phone; the label says what it removes. */}
        <ActionIcon variant="subtle" color="red" size={36} mb={2} onClick={onRemove} aria-label={`Remove ${dayName} ${range}`} title="Remove these hours">
          <span aria-hidden="true">✕</span>
        </ActionIcon>
      </Group>
      {problem && (
        <Text id={errorId} size="sm" c="var(--mantine-color-error)" mt={4}>
          {problem.message}
        </Text>
      )}
    </div>
  );
}
