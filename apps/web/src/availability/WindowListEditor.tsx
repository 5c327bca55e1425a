import { Button, Stack, Text } from '@mantine/core';
import { suggestWindow, type WindowDraft, type WindowProblems } from './time-windows';
import { TimeWindowRow } from './TimeWindowRow';

interface WindowListEditorProps {
  /** The day being edited, e.g. "Monday" or "Tue 10 Mar"; names the controls. */
  dayName: string;
  windows: readonly WindowDraft[];
  problems: WindowProblems;
  onChange(windows: WindowDraft[]): void;
  /** Shown when there are no windows. */
  emptyText: string;
}

/** Several windows of hours for one day: edit, add, remove. Keyboard focus follows what was added or removed. */
export function WindowListEditor({ dayName, windows, problems, onChange, emptyText }: WindowListEditorProps) {
  const addButtonId = `add-${dayName.replace(/\W+/g, '-').toLowerCase()}`;

  function add() {
    const window = suggestWindow(windows);
    onChange([...windows, window]);
    requestAnimationFrame(() => document.getElementById(`${window.key}-start`)?.focus());
  }

  function remove(index: number) {
    const next = windows.filter((_, position) => position !== index);
    onChange(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    requestAnimationFrame(() => document.getElementById(neighbour ? `${neighbour.key}-start` : addButtonId)?.focus());
  }

  return (
    <Stack gap="xs">
      {windows.length === 0 && (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      )}
      {windows.map((window, index) => (
        <TimeWindowRow
          key={window.key}
          window={window}
          dayName={dayName}
          index={index}
          problem={problems[window.key]}
          onChange={(changed) => onChange(windows.map((existing) => (existing.key === changed.key ? changed : existing)))}
          onRemove={() => remove(index)}
        />
      ))}
      <div>
        <Button id={addButtonId} variant="light" size="xs" onClick={add} aria-label={`Add hours on ${dayName}`}>
          Add hours
        </Button>
      </div>
    </Stack>
  );
}
