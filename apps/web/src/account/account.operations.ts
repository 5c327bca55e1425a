import { graphql } from '../gql';

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      otherSessionsEnded
    }
  }
`);
