import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Text, Title } from '@mantine/core';
import { addDuration } from '@rapport/domain/time';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { UpdateAnswersLinks } from '../intake/UpdateAnswersLinks';
import type { CurrentUser } from '../auth/current-user';
import { formatInstant } from '../format/dates';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { goLiveChecklist } from './go-live-checklist';
import { adminHomeQuery, clientHomeQuery, therapistHomeProfileQuery, therapistHomeScheduleQuery, therapistHomeWeekQuery } from './home.operations';

/** A client's home: the next session, the intake, and one next step. */
export function ClientHome({ me }: { me: CurrentUser }) {
  const [{ data, fetching, error }] = useQuery({ query: clientHomeQuery, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert title="We couldn't load your home page" message={describeGraphqlError(error).message} />;
  const next = data?.myBookings.upcoming.find((booking) => booking.status === 'CONFIRMED' || booking.status === 'HELD') ?? null;
  const intake = data?.myIntake ?? null;
  const step = !intake
    ? { text: 'Tell us what you are looking for, and we will show therapists who fit.', label: 'Start your intake', to: paths.intake }
    : !next
      ? { text: 'Your matches are ready. Pick a time that suits you.', label: 'See your matches', to: paths.matches }
      : { text: 'Between sessions, note how you are doing on your goals.', label: 'Go to your goals', to: paths.goals };

  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Card withBorder component="section" aria-labelledby="home-next-session">
        <Title order={2} size="h4" id="home-next-session">
          Next session
        </Title>
        {next ? (
          <Text mt="xs">
            {next.sessionType.name} with {next.therapist.displayName}, {formatInstant(next.startsAt, me.timeZone)}
            {next.status === 'HELD' ? ' (held, not yet confirmed)' : ''}
          </Text>
        ) : (
          <Text mt="xs">No session booked yet.</Text>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="home-intake">
        <Title order={2} size="h4" id="home-intake">
          Your intake
        </Title>
        <Text mt="xs">{intake ? `Done, last updated ${formatInstant(intake.updatedAt, me.timeZone)}.` : 'Not started yet.'}</Text>
        {intake ? <UpdateAnswersLinks /> : null}
      </Card>
      <Card withBorder component="section" aria-labelledby="home-next-step">
        <Title order={2} size="h4" id="home-next-step">
          Next step
        </Title>
        <Text mt="xs">{step.text}</Text>
        <Button component={Link} to={step.to} mt="sm" style={{ alignSelf: 'flex-start' }}>
          {step.label}
        </Button>
      </Card>
    </SimpleGrid>
  );
}

const STATE_BADGES = {
  done: { color: 'rapportTeal.9', text: 'Done' },
  todo: { color: 'red.9', text: 'To do' },
  coming: { color: 'gray.7', text: 'Coming' },
} as const;

/** A therapist's home: what is left before going live, and the week ahead. */
export function TherapistHome({ me }: { me: CurrentUser }) {
  const week = useMemo(() => {
    const from = new Date();
    return { from: from.toISOString(), to: addDuration(from, { days: 7 }).toISOString() };
  }, []);
  const [profileResult] = useQuery({ query: therapistHomeProfileQuery, requestPolicy: 'cache-and-network' });
  const [scheduleResult] = useQuery({ query: therapistHomeScheduleQuery, requestPolicy: 'cache-and-network' });
  const [weekResult] = useQuery({ query: therapistHomeWeekQuery, variables: week, requestPolicy: 'cache-and-network' });
  const loaded = profileResult.data && scheduleResult.data && weekResult.data;
  const data = loaded ? { ...profileResult.data!, ...scheduleResult.data!, ...weekResult.data! } : undefined;
  const error = profileResult.error ?? scheduleResult.error ?? weekResult.error;
  if (!data && !error) return <PageLoader />;
  if (error && !data) return <ErrorAlert title="We couldn't load your home page" message={describeGraphqlError(error).message} />;
  const checklist = goLiveChecklist(
    {
      profile: data?.myTherapistProfile ?? null,
      licenses: data?.myLicenses ?? [],
      weeklyRuleCount: data?.myAvailability.weeklyRules.length ?? 0,
      sessionTypes: data?.mySessionTypes ?? [],
    },
    { profile: paths.therapistProfile, license: paths.therapistLicenses, hours: paths.therapistAvailability, sessionTypes: paths.therapistSessionTypes },
  );
  const left = checklist.filter((item) => item.state === 'todo').length;
  const bookings = (data?.therapistBookings ?? []).filter((booking) => booking.status === 'CONFIRMED' || booking.status === 'HELD');

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder component="section" aria-labelledby="home-go-live">
        <Title order={2} size="h4" id="home-go-live">
          Go-live checklist
        </Title>
        <Text mt="xs" size="sm">
          {left === 0 ? 'Everything clients need is in place.' : `${left} ${left === 1 ? 'step' : 'steps'} left before clients can find and book you.`}
        </Text>
        <List spacing="xs" mt="sm" listStyleType="none" p={0}>
          {checklist.map((item) => (
            <List.Item key={item.key}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge color={STATE_BADGES[item.state].color} variant="filled" style={{ flexShrink: 0 }}>
                  {STATE_BADGES[item.state].text}
                </Badge>
                {item.to && item.state === 'todo' ? (
                  <Anchor component={Link} to={item.to}>
                    {item.label}
                  </Anchor>
                ) : (
                  <Text>{item.label}</Text>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      </Card>
      <Card withBorder component="section" aria-labelledby="home-week">
        <Title order={2} size="h4" id="home-week">
          Your next 7 days
        </Title>
        {bookings.length ? (
          <List spacing="xs" mt="sm">
            {bookings.map((booking) => (
              <List.Item key={booking.id}>
                {formatInstant(booking.startsAt, me.timeZone)}: {booking.sessionType.name} with {booking.client?.displayName ?? 'a client'}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text mt="xs">No sessions booked in the next 7 days.</Text>
        )}
      </Card>
    </SimpleGrid>
  );
}

/** An admin's home: how much waits for review, how long the oldest has waited, and what is flagged. */
export function AdminHome() {
  const [{ data, fetching, error }] = useQuery({ query: adminHomeQuery, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert title="We couldn't load your home page" message={describeGraphqlError(error).message} />;
  const queue = data?.licenseReviewQueue ?? [];
  const oldest = queue.reduce((days, item) => Math.max(days, item.waitingDays), 0);
  const overdue = queue.filter((item) => item.waitingDays >= 7).length;
  const suspended = data?.suspendedTherapists.length ?? 0;
  const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <Card withBorder component="section" aria-labelledby="home-queue">
        <Title order={2} size="h4" id="home-queue">
          Review queue
        </Title>
        <Text mt="xs">{queue.length === 0 ? 'No licenses waiting.' : `${queue.length} ${queue.length === 1 ? 'license waits' : 'licenses wait'} for review.`}</Text>
        <Anchor component={Link} to={paths.adminLicenses} size="sm">
          Open the review queue
        </Anchor>
      </Card>
      <Card withBorder component="section" aria-labelledby="home-oldest">
        <Title order={2} size="h4" id="home-oldest">
          Oldest waiting
        </Title>
        <Text mt="xs">{queue.length === 0 ? 'Nothing is waiting.' : `${days(oldest)}.`}</Text>
      </Card>
      <Card withBorder component="section" aria-labelledby="home-flagged">
        <Title order={2} size="h4" id="home-flagged">
          Flagged
        </Title>
        <Text mt="xs">
          {overdue} waiting a week or more; {suspended} suspended {suspended === 1 ? 'profile' : 'profiles'}.
        </Text>
        <Anchor component={Link} to={paths.adminSuspended} size="sm">
          See suspended profiles
        </Anchor>
      </Card>
    </SimpleGrid>
  );
}
