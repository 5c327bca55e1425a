import { graphql } from '../gql';

export const myWaitlistQuery = graphql(`
  query MyWaitlist {
    myWaitlist {
      id
      therapistId
      weekdays
      dayParts
      offeredBookingId
    }
  }
`);

export const joinWaitlistMutation = graphql(`
  mutation JoinWaitlist($input: JoinWaitlistInput!) {
    joinWaitlist(input: $input) {
      id
      therapistId
      weekdays
      dayParts
      offeredBookingId
    }
  }
`);

export const leaveWaitlistMutation = graphql(`
  mutation LeaveWaitlist($id: ID!) {
    leaveWaitlist(id: $id)
  }
`);
