import { List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { formatInstant } from '../format/dates';
import { myHealthDataReadsQuery } from './health-data-reads.operations';

/** Clients: every time a therapist read their intake and scores (only therapists they booked can). */
export function HealthDataReadsSection() {
  const [{ data, error }] = useQuery({ query: myHealthDataReadsQuery, requestPolicy: 'cache-and-network' });
  const reads = data?.myHealthDataReads ?? [];
  return (
    <Stack component="section" aria-labelledby="health-data-reads" gap="sm">
      <Title order={2} size="h3" id="health-data-reads">
        Who read your intake
      </Title>
      <Text size="sm">Only a therapist you have booked can read your intake, scores and goals. Every time one does, it is listed here.</Text>
      {error && <Text c="red">We couldn't load this list just now.</Text>}
      {!error && reads.length === 0 && <Text size="sm">No therapist has read them yet.</Text>}
      {reads.length > 0 && (
        <List spacing={4}>
          {reads.map((read) => (
            <List.Item key={`${read.readAt} ${read.therapistId ?? ''}`}>
              {read.therapistName}, {formatInstant(read.readAt)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
