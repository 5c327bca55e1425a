import { graphql } from '../gql';

/** Everything a profile page shows; the editor loads the same fields to fill its form. */
export const therapistProfileFields = graphql(`
  fragment TherapistProfileFields on TherapistProfile {
    id
    status
    displayName
    pronouns
    headline
    bio
    photoUrl
    yearsInPractice
    gender
    languages
    formats
    office {
      address
      latitude
      longitude
    }
    ageGroups
    communities
    concerns {
      code
      name
      level
    }
    modalities {
      code
      name
      description
    }
    feeMinor
    slidingScale {
      minMinor
      maxMinor
    }
    insuranceAccepted
    insurancePlans {
      id
      name
    }
    insuranceUnmatched
    acceptsNewClients
    licenses {
      licenseType
      licenseTypeName
      jurisdiction
      jurisdictionName
      status
      verifiedAt
      expiresOn
    }
    suspensionReason
    updatedAt
  }
`);

export const therapistQuery = graphql(`
  query Therapist($id: ID!) {
    therapist(id: $id) {
      ...TherapistProfileFields
    }
  }
`);
