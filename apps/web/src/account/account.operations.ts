import { graphql } from '../gql';

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      otherSessionsEnded
    }
  }
`);

export const changeEmailMutation = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      id
      email
    }
  }
`);

export const changeTimeZoneMutation = graphql(`
  mutation ChangeTimeZone($input: ChangeTimeZoneInput!) {
    changeTimeZone(input: $input) {
      id
      timeZone
    }
  }
`);

export const exportMyDataMutation = graphql(`
  mutation ExportMyData {
    exportMyData {
      fileName
      json
    }
  }
`);

export const deleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input) {
      bookingsCancelled
      healthRecordsErased
    }
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);
