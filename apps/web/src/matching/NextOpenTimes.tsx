import { Anchor, Group, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { Link } from 'react-router';
import { therapistPath } from '../app/paths';
import { slotLabel } from './slot-label';

interface NextOpenTimesProps {
  therapistId: string;
  therapistName: string;
  slots: readonly { startsAt: string; localDate: string; localTime: string }[];
  headingOrder: TitleOrder;
}

/** The next few open times, each a way into the therapist's page to book. */
export function NextOpenTimes({ therapistId, therapistName, slots, headingOrder }: NextOpenTimesProps) {
  return (
    <Stack gap={4}>
      <Title order={headingOrder} size="h6">
        Next open times
      </Title>
      {slots.length === 0 ? (
        <Text size="sm">No open times in the next two weeks. Their page shows later dates.</Text>
      ) : (
        <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {slots.map((slot) => {
            const label = slotLabel(slot.localDate, slot.localTime);
            return (
              <li key={slot.startsAt}>
                <Anchor
                  component={Link}
                  to={`${therapistPath(therapistId)}?time=${encodeURIComponent(slot.startsAt)}`}
                  aria-label={`${label} with ${therapistName}`}
                  size="sm"
                  px="xs"
                  py={4}
                  style={{ display: 'inline-block', border: '1px solid var(--mantine-color-rapportTeal-6)', borderRadius: 'var(--mantine-radius-sm)' }}
                  data-next-slot
                >
                  {label}
                </Anchor>
              </li>
            );
          })}
        </Group>
      )}
    </Stack>
  );
}
