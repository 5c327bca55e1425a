import { graphql } from '../gql';

export const sessionTypeFields = graphql(`
  fragment SessionTypeFields on SessionType {
    id
    name
    kind
    durationMinutes
    priceMinor
    formats
    archived
    cptCode
    cptCodeIsDefault
  }
`);

export const mySessionTypesQuery = graphql(`
  query MySessionTypes {
    mySessionTypes {
      ...SessionTypeFields
    }
  }
`);

export const createSessionTypeMutation = graphql(`
  mutation CreateSessionType($input: SessionTypeInput!) {
    createSessionType(input: $input) {
      ...SessionTypeFields
    }
  }
`);

export const updateSessionTypeMutation = graphql(`
  mutation UpdateSessionType($id: ID!, $input: SessionTypeInput!) {
    updateSessionType(id: $id, input: $input) {
      ...SessionTypeFields
    }
  }
`);

export const archiveSessionTypeMutation = graphql(`
  mutation ArchiveSessionType($id: ID!) {
    archiveSessionType(id: $id) {
      ...SessionTypeFields
    }
  }
`);

export const restoreSessionTypeMutation = graphql(`
  mutation RestoreSessionType($id: ID!) {
    restoreSessionType(id: $id) {
      ...SessionTypeFields
    }
  }
`);

export const profileFormatsQuery = graphql(`
  query ProfileFormats {
    myTherapistProfile {
      id
      formats
    }
  }
`);
