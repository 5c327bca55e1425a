import { graphql } from '../gql';

export const myHealthDataReadsQuery = graphql(`
  query MyHealthDataReads {
    myHealthDataReads {
      readAt
      therapistName
      therapistId
    }
  }
`);
