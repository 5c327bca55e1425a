import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useMemo, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { formatLongDate } from '../format/dates';
import { dateInZone } from './calendar-dates';
import { SelectedSlot } from './SelectedSlot';
import type { BookableSessionType } from './SessionTypeSelect';
import { SlotDayGroup } from './SlotDayGroup';
import { groupSlotsByDay, weekBounds, type Slot } from './slot-week';
import { availableSlotsQuery } from './slots.operations';
import { WeekNavigator } from './WeekNavigator';

interface SlotWeekProps {
  therapistId: string;
  sessionType: BookableSessionType;
  timeZone: string;
  /** Monday of the week shown, in `timeZone`. */
  weekStart: string;
  isThisWeek: boolean;
  onChangeWeek(step: -1 | 1): void;
  selectedStartsAt: string | null;
  onSelect(startsAt: string): void;
  /** Shown under the chosen time instead of the plain summary's closing line. */
  renderSelection?(selection: { slot: Slot; sessionType: BookableSessionType; timeZone: string; therapistTimeZone: string | null; refreshSlots(): void }): ReactNode;
}

/** One week of open times for a session type, grouped by the viewer's local day. */
export function SlotWeek({ therapistId, sessionType, timeZone, weekStart, isThisWeek, onChangeWeek, selectedStartsAt, onSelect, renderSelection }: SlotWeekProps) {
  const { from, to } = useMemo(() => weekBounds(weekStart, timeZone), [weekStart, timeZone]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: availableSlotsQuery,
    variables: { therapistId, sessionTypeId: sessionType.id, from, to, timeZone },
    requestPolicy: 'cache-and-network',
  });
  const list = data?.availableSlots;
  const days = useMemo(() => groupSlotsByDay(list?.slots ?? []), [list]);
  // The API clamps the range to the therapist's horizon: a shorter range means nothing lies beyond it.
  const pastHorizon = list ? new Date(list.to).getTime() < new Date(to).getTime() : false;
  // Once chosen, a time stays chosen even when a refresh no longer lists it (the
  // visitor's own hold or booking takes it off the list); choosing another replaces it.
  const lastSelected = useRef<Slot | null>(null);
  const listed = list?.slots.find((slot) => slot.startsAt === selectedStartsAt) ?? null;
  if (listed) lastSelected.current = listed;
  const selected = listed ?? (lastSelected.current?.startsAt === selectedStartsAt ? lastSelected.current : null);

  return (
    <Stack gap="md">
      <WeekNavigator weekStart={weekStart} canGoBack={!isThisWeek} canGoForward={!pastHorizon} onChange={onChangeWeek} />
      {error && <ErrorAlert title="We couldn't load open times" message={describeGraphqlError(error).message} />}
      {!list && fetching && (
        <Center role="status" aria-label="Loading open times">
          <Loader size="sm" />
        </Center>
      )}
      {list && days.length === 0 && (
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>No open times this week</Text>
          {pastHorizon ? (
            <Text size="sm">Bookings are open until {formatLongDate(dateInZone(new Date(list.to), timeZone))}.</Text>
          ) : (
            <Button variant="light" onClick={() => onChangeWeek(1)}>
              Show next week
            </Button>
          )}
        </Stack>
      )}
      {days.map((day) => (
        <SlotDayGroup key={day.date} date={day.date} slots={day.slots} selectedStartsAt={selectedStartsAt} onSelect={(slot) => onSelect(slot.startsAt)} />
      ))}
      <SelectedSlot
        slot={selected}
        sessionName={sessionType.name}
        durationMinutes={sessionType.durationMinutes}
        viewerTimeZone={timeZone}
        therapistTimeZone={list?.therapistTimeZone ?? null}
      >
        {selected && renderSelection
          ? renderSelection({
              slot: selected,
              sessionType,
              timeZone,
              therapistTimeZone: list?.therapistTimeZone ?? null,
              refreshSlots: () => refetch({ requestPolicy: 'network-only' }),
            })
          : null}
      </SelectedSlot>
    </Stack>
  );
}
