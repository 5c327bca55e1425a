import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { TimeZoneSelect } from '../../availability/TimeZoneSelect';
import { WEEKDAYS } from '../../availability/weekdays';
import type { DayPart } from '../../gql/graphql';
import { DAY_PART_OPTIONS } from '../intake-options';
import type { StepProps } from '../step-props';

export function ScheduleStep({ draft, errors, update }: StepProps) {
  return (
    <Stack gap="lg">
      <Text>We’ll put therapists with open times that suit you nearer the top. Leave these blank if any time works.</Text>
      <Checkbox.Group
        label="Days that usually work"
        value={draft.preferredWeekdays.map(String)}
        onChange={(value) => update({ preferredWeekdays: value.map(Number) })}
        error={errors.preferredWeekdays}
      >
        <Group gap="md" mt="xs">
          {WEEKDAYS.map((day) => (
            <Checkbox key={day.iso} value={String(day.iso)} label={day.name} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group
        label="Times of day that usually work"
        value={draft.preferredDayParts}
        onChange={(value) => update({ preferredDayParts: value as DayPart[] })}
        error={errors.preferredDayParts}
      >
        <Group gap="md" mt="xs">
          {DAY_PART_OPTIONS.map((option) => (
            <Checkbox key={option.value} value={option.value} label={option.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <TimeZoneSelect
        label="Your time zone"
        description="Times are shown in this zone."
        required
        value={draft.timeZone}
        onChange={(timeZone) => update({ timeZone })}
        error={errors.timeZone}
        maw={360}
      />
    </Stack>
  );
}
