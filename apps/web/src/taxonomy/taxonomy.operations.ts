import { graphql } from '../gql';

export const taxonomyQuery = graphql(`
  query Taxonomy {
    taxonomy {
      version
      concerns {
        code
        name
        category
        synonyms
      }
      modalities {
        code
        name
        shortName
        description
      }
      licenseTypes {
        code
        name
        abbreviation
        profession
        canPrescribe
      }
      jurisdictions {
        code
        name
        timeZone
      }
      communities {
        code
        label
      }
      languages {
        code
        label
      }
      ageGroups {
        code
        label
        minAge
        maxAge
      }
      payers {
        id
        name
        aliases
      }
    }
  }
`);
