import { Center, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { daysBetween } from '@rapport/domain/time';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { useQueryParams } from '../app/use-query-params';
import { browserTimeZone } from '../auth/time-zones';
import { ErrorAlert } from '../layout/ErrorAlert';
import { addDays, dateInZone, startOfWeek } from './calendar-dates';
import { SessionTypeSelect, type BookableSessionType } from './SessionTypeSelect';
import type { Slot } from './slot-week';
import { SlotWeek } from './SlotWeek';
import { bookableSessionTypesQuery } from './slots.operations';
import { TimeZoneSelect } from './TimeZoneSelect';

/** What the picker hands to its caller once a time is chosen (booking, rescheduling). */
export interface SlotSelection {
  slot: Slot;
  sessionType: BookableSessionType;
  /** The viewer's zone, in which `slot.localDate` and `slot.localTime` are written. */
  timeZone: string;
  therapistTimeZone: string | null;
  /** Fetches the week's open times again (after someone else took the chosen one). */
  refreshSlots(): void;
  /** Forgets the chosen time. */
  clearSelection(): void;
  /** Someone else took the time: show the server's words above the times, forget the choice, fetch the times again. */
  reportSlotTaken(message: string): void;
}

interface SlotPickerProps {
  therapistId: string;
  title?: string;
  /** Only this session type (rescheduling keeps the booking's type). */
  sessionTypeId?: string;
  /** What to offer under the chosen time, e.g. the booking review. */
  renderSelection?(selection: SlotSelection): ReactNode;
  /**
   * Keeps the session type and the chosen time in the address (`?type=…&time=…`), so
   * logging in on the way, a reload or the back button return to the same time.
   */
  rememberInUrl?: boolean;
}

/**
 * A therapist's open times, a week at a time, in the visitor's time zone: pick a session
 * type, move between weeks, choose a start time.
 */
export function SlotPicker({ therapistId, title = 'Book a session', sessionTypeId, renderSelection, rememberInUrl = false }: SlotPickerProps) {
  const headingId = useId();
  const [{ data, error }] = useQuery({ query: bookableSessionTypesQuery, variables: { id: therapistId } });
  const sessionTypes = useMemo(
    () => (data?.therapist?.sessionTypes ?? []).filter((type) => !sessionTypeId || type.id === sessionTypeId),
    [data, sessionTypeId],
  );
  // Kept as the instant, so the choice survives a change of time zone.
  const { chosenTypeId, setChosenTypeId, selectedStartsAt, setSelectedStartsAt } = usePickerChoice(rememberInUrl);
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  // Opens on the chosen time's week when the address brought one.
  const [weekOffset, setWeekOffset] = useState(() => (selectedStartsAt ? weeksAhead(selectedStartsAt, timeZone) : 0));
  const [takenMessage, setTakenMessage] = useState<string | null>(null);
  const sessionType = sessionTypes.find((type) => type.id === chosenTypeId) ?? sessionTypes[0];
  const thisWeek = startOfWeek(dateInZone(new Date(), timeZone));
  const weekStart = addDays(thisWeek, weekOffset * 7);

  function changeSessionType(id: string) {
    setChosenTypeId(id);
  }

  function select(startsAt: string) {
    setTakenMessage(null);
    setSelectedStartsAt(startsAt);
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId}>
          {title}
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
              {sessionTypeId ? (
                <Text size="sm">
                  {sessionType.name}, {sessionType.durationMinutes} minutes
                </Text>
              ) : (
                <SessionTypeSelect sessionTypes={sessionTypes} value={sessionType.id} onChange={changeSessionType} />
              )}
              <TimeZoneSelect
                label="Your time zone"
                description="Times below are shown in this zone."
                value={timeZone}
                onChange={setTimeZone}
              />
            </SimpleGrid>
            <ErrorAlert title="That time was just taken" message={takenMessage} />
            <SlotWeek
              therapistId={therapistId}
              sessionType={sessionType}
              timeZone={timeZone}
              weekStart={weekStart}
              isThisWeek={weekOffset === 0}
              onChangeWeek={(step) => setWeekOffset((offset) => Math.max(0, offset + step))}
              selectedStartsAt={selectedStartsAt}
              onSelect={select}
              renderSelection={
                renderSelection
                  ? (selection) =>
                      renderSelection({
                        ...selection,
                        clearSelection: () => setSelectedStartsAt(null),
                        reportSlotTaken: (message) => {
                          setTakenMessage(message);
                          setSelectedStartsAt(null);
                          selection.refreshSlots();
                        },
                      })
                  : undefined
              }
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function weeksAhead(instant: string, timeZone: string): number {
  const thisWeek = startOfWeek(dateInZone(new Date(), timeZone));
  const target = startOfWeek(dateInZone(new Date(instant), timeZone));
  return Math.max(0, Math.round(daysBetween(thisWeek, target) / 7));
}

/** The chosen session type and start time: in the component, or in the address. */
function usePickerChoice(rememberInUrl: boolean) {
  const [searchParams, updateSearchParams] = useQueryParams();
  const [localTypeId, setLocalTypeId] = useState<string | null>(null);
  const [localStartsAt, setLocalStartsAt] = useState<string | null>(null);
  if (!rememberInUrl) {
    return {
      chosenTypeId: localTypeId,
      // Another type has other lengths, so other times: the chosen one goes.
      setChosenTypeId: (id: string) => {
        setLocalTypeId(id);
        setLocalStartsAt(null);
      },
      selectedStartsAt: localStartsAt,
      setSelectedStartsAt: setLocalStartsAt,
    };
  }
  const update = (changes: Partial<Record<'type' | 'time', string | null>>) =>
    updateSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { preventScrollReset: true },
    );
  return {
    chosenTypeId: searchParams.get('type'),
    setChosenTypeId: (id: string) => update({ type: id, time: null }),
    selectedStartsAt: searchParams.get('time'),
    setSelectedStartsAt: (instant: string | null) => update({ time: instant }),
  };
}
