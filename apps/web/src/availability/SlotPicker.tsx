import { Center, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { browserTimeZone } from '../auth/time-zones';
import { ErrorAlert } from '../layout/ErrorAlert';
import { addDays, dateInZone, startOfWeek } from './calendar-dates';
import { SessionTypeSelect } from './SessionTypeSelect';
import { SlotWeek } from './SlotWeek';
import { bookableSessionTypesQuery } from './slots.operations';
import { TimeZoneSelect } from './TimeZoneSelect';

/**
 * A therapist's open times, a week at a time, in the visitor's time zone: pick a session
 * type, move between weeks, choose a start time.
 */
export function SlotPicker({ therapistId }: { therapistId: string }) {
  const headingId = useId();
  // A time chosen on a match card arrives as ?at=<instant>&sessionType=<id>: open on its week, selected.
  const [searchParams] = useSearchParams();
  const [linkedAt] = useState(() => validInstant(searchParams.get('at')));
  const [{ data, error }] = useQuery({ query: bookableSessionTypesQuery, variables: { id: therapistId } });
  const sessionTypes = useMemo(() => data?.therapist?.sessionTypes ?? [], [data]);
  const [chosenTypeId, setChosenTypeId] = useState<string | null>(() => searchParams.get('sessionType'));
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [weekOffset, setWeekOffset] = useState(() => (linkedAt ? weeksAhead(linkedAt, timeZone) : 0));
  // Kept as the instant, so the choice survives a change of time zone.
  const [selectedStartsAt, setSelectedStartsAt] = useState<string | null>(linkedAt);
  const sessionType = sessionTypes.find((type) => type.id === chosenTypeId) ?? sessionTypes[0];
  const thisWeek = startOfWeek(dateInZone(new Date(), timeZone));
  const weekStart = addDays(thisWeek, weekOffset * 7);

  function changeSessionType(id: string) {
    setChosenTypeId(id);
    setSelectedStartsAt(null);
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId}>
          Book a session
        </Title>
        {error && !data && <ErrorAlert title="We couldn't load open times" message={describeGraphqlError(error).message} />}
        {!data && !error && (
          <Center role="status" aria-label="Loading session types">
            <Loader size="sm" />
          </Center>
        )}
        {data && !sessionType && <Text>This therapist isn't taking online bookings yet.</Text>}
        {sessionType && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <SessionTypeSelect sessionTypes={sessionTypes} value={sessionType.id} onChange={changeSessionType} />
              <TimeZoneSelect
                label="Your time zone"
                description="Times below are shown in this zone."
                value={timeZone}
                onChange={setTimeZone}
              />
            </SimpleGrid>
            <SlotWeek
              therapistId={therapistId}
              sessionType={sessionType}
              timeZone={timeZone}
              weekStart={weekStart}
              isThisWeek={weekOffset === 0}
              onChangeWeek={(step) => setWeekOffset((offset) => Math.max(0, offset + step))}
              selectedStartsAt={selectedStartsAt}
              onSelect={setSelectedStartsAt}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function validInstant(value: string | null): string | null {
  if (!value) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** Whole weeks from this week to the week holding `instant`, in `timeZone` (never negative). */
function weeksAhead(instant: string, timeZone: string): number {
  const thisWeek = startOfWeek(dateInZone(new Date(), timeZone));
  const thatWeek = startOfWeek(dateInZone(new Date(instant), timeZone));
  for (let weeks = 0; weeks <= 60; weeks++) if (addDays(thisWeek, weeks * 7) === thatWeek) return weeks;
  return 0;
}
