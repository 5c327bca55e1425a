import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { MyAvailabilityFieldsFragment } from '../gql/graphql';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { addDays, dateInZone, isoWeekday } from './calendar-dates';
import { OverrideCalendar } from './OverrideCalendar';
import { OverrideEditor } from './OverrideEditor';
import { UpcomingOverrides } from './UpcomingOverrides';

interface DateOverridesSectionProps {
  availability: Pick<MyAvailabilityFieldsFragment, 'dateOverrides' | 'weeklyRules' | 'settings'>;
}

/** Pick a date and close it or give it its own hours; see and undo upcoming changes. */
export function DateOverridesSection({ availability }: DateOverridesSectionProps) {
  const { dateOverrides, weeklyRules, settings } = availability;
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<Feedback | null>(null);
  const today = dateInZone(new Date(), settings.timeZone);
  const overrideDates = useMemo(() => new Set(dateOverrides.map((override) => override.date)), [dateOverrides]);
  const selectedOverride = dateOverrides.find((override) => override.date === selected) ?? null;

  function edit(date: string) {
    setSelected(date);
    requestAnimationFrame(() => document.getElementById('override-editor-heading')?.focus());
  }

  return (
    <Stack gap="md">
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <OverrideCalendar
          value={selected}
          onChange={setSelected}
          minDate={today}
          maxDate={addDays(today, settings.horizonDays)}
          overrideDates={overrideDates}
        />
        {selected ? (
          <OverrideEditor
            key={`${selected}:${JSON.stringify(selectedOverride?.windows ?? null)}`}
            date={selected}
            override={selectedOverride?.windows ?? null}
            usualWindows={weeklyRules.filter((rule) => rule.weekday === isoWeekday(selected))}
            onSaved={(text) => setMessage(feedback('Date updated', text))}
          />
        ) : (
          <Text c="dimmed">Choose a date on the calendar to close it or give it different hours (a holiday, a conference, an extra evening).</Text>
        )}
      </SimpleGrid>
      <Title order={3} size="h4">
        Upcoming changes
      </Title>
      <UpcomingOverrides overrides={dateOverrides} onEdit={edit} onRemoved={(text) => setMessage(feedback('Date updated', text))} />
    </Stack>
  );
}
