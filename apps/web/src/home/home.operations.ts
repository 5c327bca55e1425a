import { graphql } from '../gql';

export const clientHomeQuery = graphql(`
  query ClientHome {
    myBookings {
      upcoming {
        id
        startsAt
        status
        therapist {
          id
          displayName
        }
        sessionType {
          id
          name
        }
      }
    }
    myIntake {
      id
      updatedAt
    }
  }
`);

export const therapistHomeQuery = graphql(`
  query TherapistHome($from: DateTime!, $to: DateTime!) {
    myTherapistProfile {
      id
      status
      headline
      bio
      formats
    }
    myLicenses {
      id
      status
    }
    myAvailability {
      weeklyRules {
        weekday
      }
    }
    mySessionTypes {
      id
      archived
    }
    therapistBookings(from: $from, to: $to) {
      id
      startsAt
      status
      client {
        id
        displayName
      }
      sessionType {
        id
        name
      }
    }
  }
`);

export const adminHomeQuery = graphql(`
  query AdminHome {
    licenseReviewQueue {
      waitingDays
      license {
        id
      }
    }
    suspendedTherapists {
      id
    }
  }
`);
