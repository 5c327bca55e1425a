import { graphql } from '../gql';

export const licenseFields = graphql(`
  fragment LicenseFields on License {
    id
    licenseType
    licenseTypeName
    number
    jurisdiction
    jurisdictionName
    expiresOn
    npi
    status
    submittedAt
    reviewedAt
    rejectionReason
  }
`);

export const myLicensesQuery = graphql(`
  query MyLicenses {
    myLicenses {
      ...LicenseFields
    }
  }
`);

export const submitLicenseMutation = graphql(`
  mutation SubmitLicense($input: SubmitLicenseInput!) {
    submitLicense(input: $input) {
      ...LicenseFields
    }
  }
`);
