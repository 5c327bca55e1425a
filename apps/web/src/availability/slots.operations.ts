import { graphql } from '../gql';

/** The session types a visitor can pick on a therapist's public page. */
export const bookableSessionTypesQuery = graphql(`
  query BookableSessionTypes($id: ID!) {
    therapist(id: $id) {
      id
      sessionTypes {
        id
        name
        kind
        durationMinutes
        priceMinor
        formats
      }
    }
  }
`);

export const availableSlotsQuery = graphql(`
  query AvailableSlots($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: String!) {
    availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: $timeZone) {
      timeZone
      therapistTimeZone
      from
      to
      slots {
        startsAt
        endsAt
        localDate
        localTime
        offset
      }
    }
  }
`);
