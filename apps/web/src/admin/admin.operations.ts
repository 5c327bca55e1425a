import { graphql } from '../gql';

export const licenseReviewQueueQuery = graphql(`
  query LicenseReviewQueue($filter: LicenseQueueFilterInput) {
    licenseReviewQueue(filter: $filter) {
      license {
        ...LicenseFields
      }
      therapistId
      therapistName
      therapistEmail
      headline
      otherLicenses
      waitingDays
      boardName
      boardLookupUrl
    }
  }
`);

export const verifyLicenseMutation = graphql(`
  mutation VerifyLicense($licenseId: ID!) {
    verifyLicense(licenseId: $licenseId) {
      ...LicenseFields
    }
  }
`);

export const rejectLicenseMutation = graphql(`
  mutation RejectLicense($input: RejectLicenseInput!) {
    rejectLicense(input: $input) {
      ...LicenseFields
    }
  }
`);

export const suspendedTherapistsQuery = graphql(`
  query SuspendedTherapists {
    suspendedTherapists {
      id
      status
      displayName
      headline
      suspensionReason
      updatedAt
    }
  }
`);

export const suspendTherapistMutation = graphql(`
  mutation SuspendTherapist($input: SuspensionInput!) {
    suspendTherapist(input: $input) {
      ...TherapistProfileFields
    }
  }
`);

export const reinstateTherapistMutation = graphql(`
  mutation ReinstateTherapist($input: SuspensionInput!) {
    reinstateTherapist(input: $input) {
      ...TherapistProfileFields
    }
  }
`);

export const auditEventsQuery = graphql(`
  query AuditEvents($limit: Int!, $before: DateTime, $beforeId: ID, $action: String, $subjectId: String) {
    auditEvents(limit: $limit, before: $before, beforeId: $beforeId, action: $action, subjectId: $subjectId) {
      id
      action
      subjectType
      subjectId
      reason
      actorEmail
      actorName
      subjectName
      details
      createdAt
    }
  }
`);

export const adminTherapistsQuery = graphql(`
  query AdminTherapists($input: AdminTherapistsInput!) {
    adminTherapists(input: $input) {
      total
      offset
      limit
      items {
        id
        displayName
        email
        status
        states
        licensesWaiting
      }
    }
  }
`);
