import { graphql } from '../gql';

/** What every booking view shows: when, with whom, where, what it cost and what cancelling would cost. */
export const bookingFields = graphql(`
  fragment BookingFields on Booking {
    id
    status
    startsAt
    endsAt
    holdExpiresAt
    priceMinor
    currency
    paymentStatus
    checkoutUrl
    format
    seriesId
    policyText
    cancelReason
    cancelledBy
    cancelledAt
    cancellationFeeMinor
    refundMinor
    therapist {
      id
      displayName
      timeZone
    }
    client {
      id
      displayName
      email
    }
    sessionType {
      id
      name
      durationMinutes
      formats
    }
    where {
      format
      address
      instructions
      joinUrl
    }
    cancellationPreview {
      freeNow
      freeUntil
      costMinor
      text
    }
  }
`);

export const bookingTermsQuery = graphql(`
  query BookingTerms($therapistId: ID!, $sessionTypeId: ID!, $startsAt: DateTime!) {
    bookingTerms(therapistId: $therapistId, sessionTypeId: $sessionTypeId, startsAt: $startsAt) {
      priceMinor
      holdMinutes
      policyText
      cancellationPreview {
        freeNow
        freeUntil
        costMinor
        text
      }
    }
  }
`);

export const holdSlotMutation = graphql(`
  mutation HoldSlot($input: HoldSlotInput!) {
    holdSlot(input: $input) {
      ...BookingFields
    }
  }
`);

export const confirmBookingMutation = graphql(`
  mutation ConfirmBooking($id: ID!) {
    confirmBooking(id: $id) {
      ...BookingFields
    }
  }
`);

export const bookSeriesMutation = graphql(`
  mutation BookSeries($input: BookSeriesInput!) {
    bookSeries(input: $input) {
      seriesId
      booked {
        ...BookingFields
      }
      conflicts {
        index
        localDate
        reason
        alternative {
          startsAt
          endsAt
          localDate
          localTime
        }
      }
    }
  }
`);

export const bookingQuery = graphql(`
  query Booking($id: ID!) {
    booking(id: $id) {
      ...BookingFields
    }
  }
`);

// Upcoming and past are two requests: together they cost more than half the API's query-cost limit.
export const myUpcomingBookingsQuery = graphql(`
  query MyUpcomingBookings {
    myBookings {
      upcoming {
        ...BookingFields
      }
    }
  }
`);

export const myPastBookingsQuery = graphql(`
  query MyPastBookings {
    myBookings {
      past {
        ...BookingFields
      }
    }
  }
`);

export const therapistBookingsQuery = graphql(`
  query TherapistBookings($from: DateTime!, $to: DateTime!) {
    therapistBookings(from: $from, to: $to) {
      ...BookingFields
    }
  }
`);

export const cancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!, $reason: String) {
    cancelBooking(id: $id, reason: $reason) {
      ...BookingFields
    }
  }
`);

export const cancelSeriesMutation = graphql(`
  mutation CancelSeries($seriesId: ID!, $fromBookingId: ID, $reason: String) {
    cancelSeries(seriesId: $seriesId, fromBookingId: $fromBookingId, reason: $reason) {
      ...BookingFields
    }
  }
`);

export const rescheduleBookingMutation = graphql(`
  mutation RescheduleBooking($id: ID!, $newStartsAt: DateTime!) {
    rescheduleBooking(id: $id, newStartsAt: $newStartsAt) {
      ...BookingFields
    }
  }
`);

export const completeBookingMutation = graphql(`
  mutation CompleteBooking($id: ID!) {
    completeBooking(id: $id) {
      ...BookingFields
    }
  }
`);

export const markNoShowMutation = graphql(`
  mutation MarkNoShow($id: ID!) {
    markNoShow(id: $id) {
      ...BookingFields
    }
  }
`);
