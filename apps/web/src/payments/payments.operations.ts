import { graphql } from '../gql';

export const myPayoutStatusQuery = graphql(`
  query MyPayoutStatus {
    myPayoutStatus {
      hasAccount
      chargesEnabled
      payoutsEnabled
    }
  }
`);

export const startPayoutOnboardingMutation = graphql(`
  mutation StartPayoutOnboarding {
    startPayoutOnboarding {
      url
    }
  }
`);

export const refreshPayoutStatusMutation = graphql(`
  mutation RefreshPayoutStatus {
    refreshPayoutStatus {
      hasAccount
      chargesEnabled
      payoutsEnabled
    }
  }
`);

export const confirmCheckoutMutation = graphql(`
  mutation ConfirmCheckout($bookingId: ID!) {
    confirmCheckout(bookingId: $bookingId) {
      id
      status
      paymentStatus
      holdExpiresAt
      startsAt
      priceMinor
      checkoutUrl
      therapist {
        id
        displayName
      }
    }
  }
`);

/** urql refetches myPayoutStatus when a mutation returns this type. */
export const PAYOUT_CONTEXT = { additionalTypenames: ['PayoutStatus'] };

export const payBookingNowMutation = graphql(`
  mutation PayBookingNow($bookingId: ID!) {
    payBookingNow(bookingId: $bookingId) {
      checkoutUrl
      dueBy
    }
  }
`);
