import { Divider, Stack, Text, Title } from '@mantine/core';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { usePageTitle } from '../layout/use-page-title';
import { myAvailabilityQuery } from './availability.operations';
import { BookingSettingsForm } from './BookingSettingsForm';
import { CalendarFeedSection } from './CalendarFeedSection';
import { CalendarsSection } from './CalendarsSection';
import { DateOverridesSection } from './DateOverridesSection';
import { PageSection } from './PageSection';
import { ProfileFirstNotice } from './ProfileFirstNotice';
import { TimeZoneSetting } from './TimeZoneSetting';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

/** `/therapist/availability`: weekly hours, time zone, booking rules, changed dates and other calendars. */
export function AvailabilityPage() {
  usePageTitle('Availability');
  const [{ data, error }] = useQuery({ query: myAvailabilityQuery, requestPolicy: 'cache-and-network' });

  if (!data) {
    if (!error) return <PageLoader label="Loading your availability" />;
    if (error.graphQLErrors[0]?.extensions?.code === 'NOT_FOUND') return <ProfileFirstNotice />;
    return <ErrorAlert title="We couldn't load your availability" message={describeGraphqlError(error).message} />;
  }
  const availability = data.myAvailability;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Availability</Title>
        <Text>Set when clients can book you. Clients see these times converted to their own time zone.</Text>
      </Stack>
      <PageSection id="weekly-hours" title="Weekly hours" description="Your usual week. Sessions are offered only inside these hours.">
        <TimeZoneSetting timeZone={availability.settings.timeZone} />
        <WeeklyHoursEditor rules={availability.weeklyRules} timeZone={availability.settings.timeZone} />
      </PageSection>
      <Divider />
      <PageSection id="booking-rules" title="Booking rules" description="Breaks between sessions, how much notice you need, and how far ahead clients can book.">
        <BookingSettingsForm settings={availability.settings} />
      </PageSection>
      <Divider />
      <PageSection id="date-changes" title="Days off and changed hours" description="Dates in your time zone that differ from your usual week.">
        <DateOverridesSection availability={availability} />
      </PageSection>
      <Divider />
      <PageSection id="other-calendars" title="Other calendars" description="Events in these calendars block those times, so clients can't book over them.">
        <CalendarsSection calendars={availability.calendars} />
      </PageSection>
      <Divider />
      <PageSection id="bookings-feed" title="Your bookings in your calendar" description="A private calendar feed of your Rapport sessions, kept up to date.">
        <CalendarFeedSection />
      </PageSection>
    </Stack>
  );
}
