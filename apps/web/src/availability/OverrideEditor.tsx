import { Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { removeDateOverrideMutation, setDateOverrideMutation } from './availability.operations';
import { formatLongDate, formatShortDay } from '../format/dates';
import { formatRange } from './local-time';
import {
  draftsFrom,
  hasProblems,
  toWindowInput,
  validateDayWindows,
  windowProblemFromServer,
  type WindowDraft,
  type WindowProblems,
} from './time-windows';
import { WindowListEditor } from './WindowListEditor';

type Windows = readonly { startLocal: string; endLocal: string }[];

interface OverrideEditorProps {
  date: string;
  /** The date's override, if it has one. */
  override: Windows | null;
  /** The weekly hours that apply on this date without an override. */
  usualWindows: Windows;
  onSaved(text: string): void;
}

function describeWindows(windows: Windows): string {
  return windows.length === 0 ? 'closed' : windows.map((window) => formatRange(window.startLocal, window.endLocal)).join(', ');
}

/** Closes one date, or gives it its own hours; or puts it back to the usual week. */
export function OverrideEditor({ date, override, usualWindows, onSaved }: OverrideEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const focusFirstError = useFocusFirstError(containerRef);
  const [mode, setMode] = useState<'closed' | 'custom'>(override && override.length > 0 ? 'custom' : 'closed');
  const [windows, setWindows] = useState<WindowDraft[]>(() => draftsFrom(override && override.length > 0 ? override : usualWindows));
  const [serverProblems, setServerProblems] = useState<WindowProblems>({});
  const [error, setError] = useState<string | null>(null);
  const [{ fetching: saving }, setOverride] = useMutation(setDateOverrideMutation);
  const [{ fetching: removing }, removeOverride] = useMutation(removeDateOverrideMutation);
  const problems = mode === 'custom' ? { ...validateDayWindows(windows), ...serverProblems } : {};
  const dayName = formatShortDay(date);

  async function save() {
    setError(null);
    if (mode === 'custom' && windows.length === 0) {
      setError('Add at least one window of hours, or choose "Closed all day".');
      return;
    }
    if (hasProblems(problems)) {
      setError('Fix the highlighted hours, then save again.');
      focusFirstError();
      return;
    }
    const sent = mode === 'custom' ? windows : [];
    const result = await setOverride({ input: { date, windows: sent.map(toWindowInput) } });
    if (result.data) {
      onSaved(`${formatLongDate(date)}: ${mode === 'closed' ? 'closed all day' : describeWindows(sent.map(toWindowInput))}.`);
      return;
    }
    if (!result.error) return;
    const placed = result.error.graphQLErrors.map((graphqlError) => windowProblemFromServer(graphqlError.extensions?.field, sent.map((window) => window.key))).find(Boolean);
    if (placed) setServerProblems({ [placed.key]: placed.problem });
    setError(placed ? 'Fix the highlighted hours, then save again.' : describeGraphqlError(result.error).message);
    focusFirstError();
  }

  async function remove() {
    setError(null);
    const result = await removeOverride({ date });
    if (result.data) onSaved(`${formatLongDate(date)} is back to your usual hours.`);
    else if (result.error) setError(describeGraphqlError(result.error).message);
  }

  return (
    <Stack gap="sm" ref={containerRef}>
      <Title order={3} size="h4" id="override-editor-heading" tabIndex={-1}>
        {formatLongDate(date)}
      </Title>
      <Text size="sm">
        {override ? `Changed hours: ${describeWindows(override)}.` : `Usual hours: ${describeWindows(usualWindows)}.`}
      </Text>
      <Radio.Group label="On this date" value={mode} onChange={(value) => setMode(value === 'custom' ? 'custom' : 'closed')}>
        <Stack gap="xs" mt="xs">
          <Radio value="closed" label="Closed all day" />
          <Radio value="custom" label="Different hours" />
        </Stack>
      </Radio.Group>
      {mode === 'custom' && (
        <WindowListEditor
          dayName={dayName}
          windows={windows}
          problems={problems}
          emptyText="No hours yet."
          onChange={(next) => {
            setWindows(next);
            setServerProblems({});
          }}
        />
      )}
      <ErrorAlert title="We couldn't change this date" message={error} />
      <Group gap="sm">
        <Button onClick={save} loading={saving}>
          Save this date
        </Button>
        {override && (
          <Button variant="default" onClick={remove} loading={removing}>
            Use usual hours
          </Button>
        )}
      </Group>
    </Stack>
  );
}
