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

// Three requests: the API allows five root fields a query, and the web app keeps to half of every limit.
export const therapistHomeProfileQuery = graphql(`
  query TherapistHomeProfile {
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
  }
`);

export const therapistHomeScheduleQuery = graphql(`
  query TherapistHomeSchedule {
    myAvailability {
      weeklyRules {
        weekday
      }
    }
    mySessionTypes {
      id
      archived
    }
  }
`);

export const therapistHomeWeekQuery = graphql(`
  query TherapistHomeWeek($from: DateTime!, $to: DateTime!) {
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
