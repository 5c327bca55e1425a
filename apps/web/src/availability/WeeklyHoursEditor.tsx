import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import type { MyAvailabilityFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { setWeeklyRulesMutation } from './availability.operations';
import { DayHoursFieldset } from './DayHoursFieldset';
import { hasProblems, windowProblemFromServer, type WindowDraft, type WindowProblems } from './time-windows';
import { validateWeek, weekDraftFrom, weeklyRulesInput, type WeekDraft } from './week-draft';
import { WeekGrid } from './WeekGrid';
import { WEEKDAYS } from './weekdays';

interface WeeklyHoursEditorProps {
  rules: MyAvailabilityFieldsFragment['weeklyRules'];
  timeZone: string;
}

/** The usual week: a grid to see it at a glance, and per-day time inputs to change it. */
export function WeeklyHoursEditor({ rules, timeZone }: WeeklyHoursEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const focusFirstError = useFocusFirstError(containerRef);
  const [week, setWeek] = useState<WeekDraft>(() => weekDraftFrom(rules));
  const [serverProblems, setServerProblems] = useState<WindowProblems>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState<Feedback | null>(null);
  const [{ fetching }, setWeeklyRules] = useMutation(setWeeklyRulesMutation);
  const problems = useMemo(() => ({ ...validateWeek(week), ...serverProblems }), [week, serverProblems]);

  function changeDay(weekday: number, windows: WindowDraft[]) {
    setWeek((current) => ({ ...current, [weekday]: windows }));
    setServerProblems({});
    setFormError(null);
  }

  async function save() {
    setMessage(null);
    if (hasProblems(problems)) {
      setFormError('Fix the highlighted hours, then save again.');
      focusFirstError();
      return;
    }
    setFormError(null);
    const { rules: input, keys } = weeklyRulesInput(week);
    const result = await setWeeklyRules({ input: { rules: input } });
    if (result.data) {
      setWeek(weekDraftFrom(result.data.setWeeklyRules.weeklyRules));
      setMessage(feedback('Weekly hours saved', 'Clients can now book within these hours.'));
      return;
    }
    if (!result.error) return;
    const placed = result.error.graphQLErrors.map((error) => windowProblemFromServer(error.extensions?.field, keys)).find(Boolean);
    if (placed) {
      setServerProblems({ [placed.key]: placed.problem });
      setFormError('Fix the highlighted hours, then save again.');
    } else {
      setFormError(describeGraphqlError(result.error).message);
    }
    focusFirstError();
  }

  return (
    <Stack gap="md" ref={containerRef}>
      <Text>
        Times are in your time zone, <strong>{timeZone}</strong>. Add several windows on a day to leave a break between
        them. An end time of 12:00 AM (00:00) means midnight, the end of the day.
      </Text>
      <WeekGrid week={week} problems={problems} onSelectWindow={(key) => document.getElementById(`${key}-start`)?.focus()} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {WEEKDAYS.map((day) => (
          <DayHoursFieldset
            key={day.iso}
            day={day}
            windows={week[day.iso] ?? []}
            problems={problems}
            onChange={(windows) => changeDay(day.iso, windows)}
          />
        ))}
      </SimpleGrid>
      <ErrorAlert title="We couldn't save your weekly hours" message={formError} />
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      <Group>
        <Button onClick={save} loading={fetching}>
          Save weekly hours
        </Button>
      </Group>
    </Stack>
  );
}
