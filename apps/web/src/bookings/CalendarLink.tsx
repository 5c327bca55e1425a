import { Anchor } from '@mantine/core';
import { calendarFilePath } from './booking-labels';

/** The booking's .ics file (served by the API beside GraphQL), for any calendar app. */
export function CalendarLink({ bookingId }: { bookingId: string }) {
  return (
    <Anchor href={calendarFilePath(bookingId)} download>
      Add to calendar
    </Anchor>
  );
}
