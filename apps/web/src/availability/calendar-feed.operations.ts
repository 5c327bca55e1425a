import { graphql } from '../gql';

export const myCalendarFeedQuery = graphql(`
  query MyCalendarFeed {
    myAvailability {
      settings {
        calendarFeedUrl
      }
    }
  }
`);

export const rotateCalendarFeedTokenMutation = graphql(`
  mutation RotateCalendarFeedToken {
    rotateCalendarFeedToken
  }
`);
