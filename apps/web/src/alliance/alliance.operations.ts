import { graphql } from '../gql';

export const pendingSessionRatingsQuery = graphql(`
  query PendingSessionRatings {
    pendingSessionRatings {
      bookingId
      therapistId
      therapistName
      startsAt
      sessionNumber
      items {
        key
        question
        low
        high
      }
    }
  }
`);

export const rateSessionMutation = graphql(`
  mutation RateSession($input: RateSessionInput!) {
    rateSession(input: $input) {
      bookingId
      total
      rematchOffered
      reasons
    }
  }
`);

export const shareIntakeWithNextTherapistMutation = graphql(`
  mutation ShareIntakeWithNextTherapist {
    shareIntakeWithNextTherapist
  }
`);

export const rematchQuery = graphql(`
  query Rematch($input: SearchTherapistsInput!) {
    rematch(input: $input) {
      items {
        therapist {
          id
          displayName
        }
      }
    }
  }
`);
