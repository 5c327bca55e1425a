import { graphql } from '../gql';

/** Everything the availability page shows; every availability mutation returns it whole. */
export const myAvailabilityFields = graphql(`
  fragment MyAvailabilityFields on MyAvailability {
    settings {
      timeZone
      bufferBeforeMinutes
      bufferAfterMinutes
      minimumNoticeMinutes
      horizonDays
      maxSessionsPerDay
      slotStepMinutes
    }
    weeklyRules {
      weekday
      startLocal
      endLocal
    }
    dateOverrides {
      date
      windows {
        startLocal
        endLocal
      }
    }
    calendars {
      id
      name
      source
      feedUrl
      lastSyncedAt
      lastError
      busyCount
    }
  }
`);

export const myAvailabilityQuery = graphql(`
  query MyAvailability {
    myAvailability {
      ...MyAvailabilityFields
    }
  }
`);

export const setWeeklyRulesMutation = graphql(`
  mutation SetWeeklyRules($input: SetWeeklyRulesInput!) {
    setWeeklyRules(input: $input) {
      ...MyAvailabilityFields
    }
  }
`);

export const setDateOverrideMutation = graphql(`
  mutation SetDateOverride($input: DateOverrideInput!) {
    setDateOverride(input: $input) {
      ...MyAvailabilityFields
    }
  }
`);

export const removeDateOverrideMutation = graphql(`
  mutation RemoveDateOverride($date: String!) {
    removeDateOverride(date: $date) {
      ...MyAvailabilityFields
    }
  }
`);

export const updateBookingSettingsMutation = graphql(`
  mutation UpdateBookingSettings($input: BookingSettingsInput!) {
    updateBookingSettings(input: $input) {
      ...MyAvailabilityFields
    }
  }
`);

export const uploadCalendarMutation = graphql(`
  mutation UploadCalendar($input: CalendarUploadInput!) {
    uploadCalendar(input: $input) {
      ...MyAvailabilityFields
    }
  }
`);

export const addCalendarFeedMutation = graphql(`
  mutation AddCalendarFeed($input: CalendarFeedInput!) {
    addCalendarFeed(input: $input) {
      ...MyAvailabilityFields
    }
  }
`);

export const refreshCalendarMutation = graphql(`
  mutation RefreshCalendar($id: ID!) {
    refreshCalendar(id: $id) {
      ...MyAvailabilityFields
    }
  }
`);

export const removeCalendarMutation = graphql(`
  mutation RemoveCalendar($id: ID!) {
    removeCalendar(id: $id) {
      ...MyAvailabilityFields
    }
  }
`);
