import { graphql } from '../gql';

export const myReceiptsQuery = graphql(`
  query MyReceipts {
    myReceipts {
      id
      bookingId
      paidAt
      sessionStartsAt
      therapistName
      sessionTypeName
      amountMinor
      refundedMinor
      netPaidMinor
      cardBrand
      cardLast4
      bookingStatus
      superbillUrl
    }
  }
`);

export const myEarningsQuery = graphql(`
  query MyEarnings($period: EarningsPeriod!) {
    myEarnings(period: $period) {
      period
      rows {
        ...EarningsRowFields
      }
      totals {
        ...EarningsRowFields
      }
      payouts {
        hasAccount
        chargesEnabled
        payoutsEnabled
        availableMinor
        pendingMinor
        balanceNote
      }
    }
  }
`);

export const earningsRowFields = graphql(`
  fragment EarningsRowFields on EarningsRow {
    periodStart
    periodEnd
    paidSessions
    refundedSessions
    grossMinor
    refundsMinor
    platformFeeMinor
    netMinor
  }
`);

export const adminPaymentIssuesQuery = graphql(`
  query AdminPaymentIssues {
    adminPaymentIssues {
      id
      kind
      bookingId
      sessionStartsAt
      bookingStatus
      sessionTypeName
      therapistName
      clientName
      clientEmail
      amountMinor
      refundedMinor
      paymentStatus
      lastError
      updatedAt
    }
  }
`);

export const paymentMismatchesQuery = graphql(`
  query PaymentMismatches {
    paymentMismatches {
      ...PaymentMismatchFields
    }
  }
`);

export const paymentMismatchFields = graphql(`
  fragment PaymentMismatchFields on PaymentMismatch {
    id
    stripeObjectId
    reason
    bookingId
    therapistName
    clientName
    clientEmail
    amountMinor
    details
    detectedAt
    resolvedAt
  }
`);

export const resolvePaymentMismatchMutation = graphql(`
  mutation ResolvePaymentMismatch($input: ResolvePaymentMismatchInput!) {
    resolvePaymentMismatch(input: $input) {
      id
      resolvedAt
      resolvedBy
      resolutionNote
    }
  }
`);

export const runPaymentReconciliationMutation = graphql(`
  mutation RunPaymentReconciliation {
    runPaymentReconciliation {
      examined
      repaired
      mismatches
      failed
    }
  }
`);
