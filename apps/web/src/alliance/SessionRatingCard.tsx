import { Alert, Button, Card, Checkbox, Group, Slider, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { formatInstant } from '../format/dates';
import type { RateSessionMutation } from '../gql/graphql';
import { RematchList } from './RematchList';
import { pendingSessionRatingsQuery, rateSessionMutation, shareIntakeWithNextTherapistMutation } from './alliance.operations';

const MARKS = [
  { value: 0, label: '0' },
  { value: 5, label: '5' },
  { value: 10, label: '10' },
];
const START = 5;

type Scores = Record<string, number>;
type Result = RateSessionMutation['rateSession'];

/**
 * After each of a client's first three sessions with a therapist: "how did it
 * feel?" on four 0–10 lines. A low rating or "not a good fit" offers new
 * matches and, only if the client says so, sharing their intake with the next therapist.
 */
export function SessionRatingCard({ timeZone }: { timeZone: string }) {
  const [{ data }, refetch] = useQuery({ query: pendingSessionRatingsQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching }, rate] = useMutation(rateSessionMutation);
  const [sharing, share] = useMutation(shareIntakeWithNextTherapistMutation);
  const [scores, setScores] = useState<Scores>({});
  const [notAGoodFit, setNotAGoodFit] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [shared, setShared] = useState(false);
  const headingId = useId();

  if (result) {
    return (
      <Card withBorder component="section" aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            Thank you for rating your session
          </Title>
          {result.rematchOffered ? (
            <>
              <Text>It sounds like this may not be the right fit. That is common, and it is fine to try someone else.</Text>
              <RematchList timeZone={timeZone} />
              <Group gap="sm">
                <Button component={Link} to={paths.matches} variant="default">
                  All matches
                </Button>
                {shared ? (
                  <Text size="sm">Your next therapist will be able to read your intake and scores.</Text>
                ) : (
                  <Button
                    variant="default"
                    loading={sharing.fetching}
                    onClick={async () => {
                      const response = await share({});
                      if (response.error) return setError(describeGraphqlError(response.error).message);
                      setShared(true);
                    }}
                  >
                    Share my intake with my next therapist
                  </Button>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                Without your say-so, the next therapist you book does not see your intake or scores.
              </Text>
            </>
          ) : (
            <Text>Your ratings help us match people with therapists they work well with.</Text>
          )}
          {error && <Alert color="red">{error}</Alert>}
          <Button variant="subtle" onClick={() => { setResult(null); setScores({}); setNotAGoodFit(false); refetch({ requestPolicy: 'network-only' }); }}>
            Done
          </Button>
        </Stack>
      </Card>
    );
  }

  const pending = data?.pendingSessionRatings[0];
  if (!pending) return null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = (key: string) => scores[key] ?? START;
    const response = await rate({
      input: {
        bookingId: pending!.bookingId,
        relationship: value('relationship'),
        goalsAndTopics: value('goalsAndTopics'),
        approachOrMethod: value('approachOrMethod'),
        overall: value('overall'),
        notAGoodFit,
      },
    });
    if (response.error) return setError(describeGraphqlError(response.error).message);
    setError(null);
    setResult(response.data!.rateSession);
  }

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            How did your session with {pending.therapistName} feel?
          </Title>
          <Text size="sm" c="dimmed">
            {formatInstant(pending.startsAt)}. Only you and Rapport see your answers; they help match people well.
          </Text>
          {pending.items.map((item) => (
            <Stack key={item.key} gap={4} pb="md">
              <Text fw={600} size="sm">
                {item.question}
              </Text>
              <Text size="xs" c="dimmed">
                0 = {item.low}; 10 = {item.high}. Now: {scores[item.key] ?? START}
              </Text>
              <Slider
                min={0}
                max={10}
                step={1}
                marks={MARKS}
                value={scores[item.key] ?? START}
                onChange={(next) => setScores((current) => ({ ...current, [item.key]: next }))}
                thumbLabel={`${item.question} 0 to 10`}
                label={(current) => String(current)}
                maw={420}
              />
            </Stack>
          ))}
          <Checkbox label="This therapist is not a good fit for me" checked={notAGoodFit} onChange={(event) => setNotAGoodFit(event.currentTarget.checked)} />
          {error && <Alert color="red">{error}</Alert>}
          <Group>
            <Button type="submit" loading={fetching}>
              Send rating
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
