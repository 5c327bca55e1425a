import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { StatusMessage, feedback, type Feedback } from '../layout/StatusMessage';
import { updateBookingSettingsMutation } from './availability.operations';
import { TimeZoneSelect } from './TimeZoneSelect';

/** The zone the weekly hours and date overrides are written in. */
export function TimeZoneSetting({ timeZone }: { timeZone: string }) {
  const [chosen, setChosen] = useState(timeZone);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<Feedback | null>(null);
  const [{ fetching }, updateSettings] = useMutation(updateBookingSettingsMutation);

  async function save() {
    setError(null);
    setMessage(null);
    const result = await updateSettings({ input: { timeZone: chosen } });
    if (result.data) {
      setMessage(feedback('Time zone saved', `Your hours are now read as ${result.data.updateBookingSettings.settings.timeZone} time.`));
    } else if (result.error) {
      setError(describeGraphqlError(result.error).message);
    }
  }

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TimeZoneSelect
          label="Your time zone"
          description="Your hours keep their clock times (09:00 stays 09:00) in the new zone."
          value={chosen}
          onChange={setChosen}
          w={{ base: '100%', sm: 360 }}
        />
        <Button onClick={save} loading={fetching} disabled={chosen === timeZone}>
          Save time zone
        </Button>
      </Group>
      {chosen !== timeZone && (
        <Text size="sm" c="dimmed">
          Currently {timeZone}. Save to switch to {chosen}.
        </Text>
      )}
      <ErrorAlert title="We couldn't change your time zone" message={error} />
      <StatusMessage feedback={message} onClose={() => setMessage(null)} />
    </Stack>
  );
}
