import { graphql } from '../gql';

// Never select AuthPayload.token: the web app's session lives in the httpOnly
// cookie the server sets, so the token never has to touch JavaScript.
export const currentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    role
    timeZone
    createdAt
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const logInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      expiresAt
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const logOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);
