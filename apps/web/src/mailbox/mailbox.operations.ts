import { graphql } from '../gql';

export const localMailboxEnabledQuery = graphql(`
  query LocalMailboxEnabled {
    localMailboxEnabled
  }
`);

export const localMailboxQuery = graphql(`
  query LocalMailbox {
    localMailbox {
      id
      receivedAt
      from
      to
      subject
      text
      attachments {
        index
        filename
        contentType
        sizeBytes
        downloadPath
      }
    }
  }
`);
