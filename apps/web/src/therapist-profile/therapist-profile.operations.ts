import { graphql } from '../gql';

export const myTherapistProfileQuery = graphql(`
  query MyTherapistProfile {
    myTherapistProfile {
      ...TherapistProfileFields
    }
  }
`);

export const updateTherapistProfileMutation = graphql(`
  mutation UpdateTherapistProfile($input: UpdateTherapistProfileInput!) {
    updateTherapistProfile(input: $input) {
      ...TherapistProfileFields
    }
  }
`);

/**
 * Context for `myTherapistProfile`. urql refetches a query when a mutation returns a
 * type the cached result holds; name the types here because before the first save the
 * result is null (no TherapistProfile in it) and the status follows License reviews.
 */
export const MY_PROFILE_CONTEXT = { additionalTypenames: ['TherapistProfile', 'License'] };
