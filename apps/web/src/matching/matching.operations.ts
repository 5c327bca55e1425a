import { graphql } from '../gql';

/** One result card: who, what it costs, why they fit, and when they are free. */
export const therapistMatchFields = graphql(`
  fragment TherapistMatchFields on TherapistMatch {
    score
    therapist {
      id
      displayName
      pronouns
      headline
      photoUrl
      feeMinor
      slidingScale {
        minMinor
        maxMinor
      }
      formats
      languages
      acceptsNewClients
      concerns {
        code
        name
        level
      }
      modalities {
        code
        name
      }
    }
    reasons {
      code
      text
      weight
    }
    caveats {
      code
      text
    }
    nextSlots {
      startsAt
      localDate
      localTime
    }
  }
`);

export const searchTherapistsQuery = graphql(`
  query SearchTherapists($input: SearchTherapistsInput!) {
    searchTherapists(input: $input) {
      total
      totalIsCapped
      nextCursor
      engine
      crisisResources {
        name
        action
        href
      }
      notices {
        code
        text
      }
      emptyBecause {
        filter
        label
        count
      }
      items {
        ...TherapistMatchFields
      }
      facets {
        concern {
          value
          count
        }
        modality {
          value
          count
        }
        language {
          value
          count
        }
        format {
          value
          count
        }
        priceBand {
          value
          count
        }
        gender {
          value
          count
        }
        community {
          value
          count
        }
      }
    }
  }
`);

/** Only the state from the client's intake: the directory's default. */
export const myIntakeStateQuery = graphql(`
  query MyIntakeState {
    myIntake {
      id
      jurisdiction
    }
  }
`);
