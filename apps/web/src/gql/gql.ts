/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      otherSessionsEnded\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ChangeTimeZone($input: ChangeTimeZoneInput!) {\n    changeTimeZone(input: $input) {\n      id\n      timeZone\n    }\n  }\n": typeof types.ChangeTimeZoneDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      fileName\n      json\n    }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input) {\n      bookingsCancelled\n      healthRecordsErased\n    }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MyHealthDataReads {\n    myHealthDataReads {\n      readAt\n      therapistName\n      therapistId\n    }\n  }\n": typeof types.MyHealthDataReadsDocument,
    "\n  query LicenseReviewQueue($filter: LicenseQueueFilterInput) {\n    licenseReviewQueue(filter: $filter) {\n      license {\n        ...LicenseFields\n      }\n      therapistId\n      therapistName\n      therapistEmail\n      headline\n      otherLicenses\n      waitingDays\n      boardName\n      boardLookupUrl\n    }\n  }\n": typeof types.LicenseReviewQueueDocument,
    "\n  mutation VerifyLicense($licenseId: ID!) {\n    verifyLicense(licenseId: $licenseId) {\n      ...LicenseFields\n    }\n  }\n": typeof types.VerifyLicenseDocument,
    "\n  mutation RejectLicense($input: RejectLicenseInput!) {\n    rejectLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n": typeof types.RejectLicenseDocument,
    "\n  query SuspendedTherapists {\n    suspendedTherapists {\n      id\n      status\n      displayName\n      headline\n      suspensionReason\n      updatedAt\n    }\n  }\n": typeof types.SuspendedTherapistsDocument,
    "\n  mutation SuspendTherapist($input: SuspensionInput!) {\n    suspendTherapist(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n": typeof types.SuspendTherapistDocument,
    "\n  mutation ReinstateTherapist($input: SuspensionInput!) {\n    reinstateTherapist(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n": typeof types.ReinstateTherapistDocument,
    "\n  query AuditEvents($limit: Int!, $before: DateTime, $beforeId: ID, $action: String, $subjectId: String) {\n    auditEvents(limit: $limit, before: $before, beforeId: $beforeId, action: $action, subjectId: $subjectId) {\n      id\n      action\n      subjectType\n      subjectId\n      reason\n      actorEmail\n      actorName\n      subjectName\n      details\n      createdAt\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AdminTherapists($input: AdminTherapistsInput!) {\n    adminTherapists(input: $input) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        status\n        states\n        licensesWaiting\n      }\n    }\n  }\n": typeof types.AdminTherapistsDocument,
    "\n  query PendingSessionRatings {\n    pendingSessionRatings {\n      bookingId\n      therapistId\n      therapistName\n      startsAt\n      sessionNumber\n      items {\n        key\n        question\n        low\n        high\n      }\n    }\n  }\n": typeof types.PendingSessionRatingsDocument,
    "\n  mutation RateSession($input: RateSessionInput!) {\n    rateSession(input: $input) {\n      bookingId\n      total\n      rematchOffered\n      reasons\n    }\n  }\n": typeof types.RateSessionDocument,
    "\n  mutation ShareIntakeWithNextTherapist {\n    shareIntakeWithNextTherapist\n  }\n": typeof types.ShareIntakeWithNextTherapistDocument,
    "\n  query Rematch($input: SearchTherapistsInput!) {\n    rematch(input: $input) {\n      items {\n        therapist {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.RematchDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    timeZone\n    createdAt\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment MyAvailabilityFields on MyAvailability {\n    settings {\n      timeZone\n      bufferBeforeMinutes\n      bufferAfterMinutes\n      minimumNoticeMinutes\n      horizonDays\n      maxSessionsPerDay\n      slotStepMinutes\n    }\n    weeklyRules {\n      weekday\n      startLocal\n      endLocal\n    }\n    dateOverrides {\n      date\n      windows {\n        startLocal\n        endLocal\n      }\n    }\n    calendars {\n      id\n      name\n      source\n      feedUrl\n      lastSyncedAt\n      lastError\n      busyCount\n    }\n  }\n": typeof types.MyAvailabilityFieldsFragmentDoc,
    "\n  query MyAvailability {\n    myAvailability {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.MyAvailabilityDocument,
    "\n  mutation SetWeeklyRules($input: SetWeeklyRulesInput!) {\n    setWeeklyRules(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.SetWeeklyRulesDocument,
    "\n  mutation SetDateOverride($input: DateOverrideInput!) {\n    setDateOverride(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.SetDateOverrideDocument,
    "\n  mutation RemoveDateOverride($date: String!) {\n    removeDateOverride(date: $date) {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.RemoveDateOverrideDocument,
    "\n  mutation UpdateBookingSettings($input: BookingSettingsInput!) {\n    updateBookingSettings(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.UpdateBookingSettingsDocument,
    "\n  mutation UploadCalendar($input: CalendarUploadInput!) {\n    uploadCalendar(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.UploadCalendarDocument,
    "\n  mutation AddCalendarFeed($input: CalendarFeedInput!) {\n    addCalendarFeed(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.AddCalendarFeedDocument,
    "\n  mutation RefreshCalendar($id: ID!) {\n    refreshCalendar(id: $id) {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.RefreshCalendarDocument,
    "\n  mutation RemoveCalendar($id: ID!) {\n    removeCalendar(id: $id) {\n      ...MyAvailabilityFields\n    }\n  }\n": typeof types.RemoveCalendarDocument,
    "\n  query MyCalendarFeed {\n    myAvailability {\n      settings {\n        calendarFeedUrl\n      }\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RotateCalendarFeedToken {\n    rotateCalendarFeedToken\n  }\n": typeof types.RotateCalendarFeedTokenDocument,
    "\n  query BookableSessionTypes($id: ID!) {\n    therapist(id: $id) {\n      id\n      sessionTypes {\n        id\n        name\n        kind\n        durationMinutes\n        priceMinor\n        formats\n      }\n    }\n  }\n": typeof types.BookableSessionTypesDocument,
    "\n  query AvailableSlots($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: String!) {\n    availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: $timeZone) {\n      timeZone\n      therapistTimeZone\n      from\n      to\n      slots {\n        startsAt\n        endsAt\n        localDate\n        localTime\n        offset\n      }\n    }\n  }\n": typeof types.AvailableSlotsDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    holdExpiresAt\n    priceMinor\n    currency\n    paymentStatus\n    checkoutUrl\n    format\n    seriesId\n    policyText\n    cancelReason\n    cancelledBy\n    cancelledAt\n    cancellationFeeMinor\n    refundMinor\n    therapist {\n      id\n      displayName\n      timeZone\n    }\n    client {\n      id\n      displayName\n      email\n    }\n    sessionType {\n      id\n      name\n      durationMinutes\n      formats\n    }\n    where {\n      format\n      address\n      instructions\n      joinUrl\n    }\n    cancellationPreview {\n      freeNow\n      freeUntil\n      costMinor\n      text\n    }\n  }\n": typeof types.BookingFieldsFragmentDoc,
    "\n  query BookingTerms($therapistId: ID!, $sessionTypeId: ID!, $startsAt: DateTime!) {\n    bookingTerms(therapistId: $therapistId, sessionTypeId: $sessionTypeId, startsAt: $startsAt) {\n      priceMinor\n      holdMinutes\n      policyText\n      cancellationPreview {\n        freeNow\n        freeUntil\n        costMinor\n        text\n      }\n    }\n  }\n": typeof types.BookingTermsDocument,
    "\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      ...BookingFields\n    }\n  }\n": typeof types.HoldSlotDocument,
    "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      ...BookingFields\n    }\n  }\n": typeof types.ConfirmBookingDocument,
    "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      seriesId\n      booked {\n        ...BookingFields\n      }\n      conflicts {\n        index\n        localDate\n        reason\n        alternative {\n          startsAt\n          endsAt\n          localDate\n          localTime\n        }\n      }\n    }\n  }\n": typeof types.BookSeriesDocument,
    "\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFields\n    }\n  }\n": typeof types.BookingDocument,
    "\n  query MyUpcomingBookings {\n    myBookings {\n      upcoming {\n        ...BookingFields\n      }\n    }\n  }\n": typeof types.MyUpcomingBookingsDocument,
    "\n  query MyPastBookings {\n    myBookings {\n      past {\n        ...BookingFields\n      }\n    }\n  }\n": typeof types.MyPastBookingsDocument,
    "\n  query TherapistBookings($from: DateTime!, $to: DateTime!) {\n    therapistBookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n": typeof types.TherapistBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation CancelSeries($seriesId: ID!, $fromBookingId: ID, $reason: String) {\n    cancelSeries(seriesId: $seriesId, fromBookingId: $fromBookingId, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": typeof types.CancelSeriesDocument,
    "\n  mutation RescheduleBooking($id: ID!, $newStartsAt: DateTime!) {\n    rescheduleBooking(id: $id, newStartsAt: $newStartsAt) {\n      ...BookingFields\n    }\n  }\n": typeof types.RescheduleBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      ...BookingFields\n    }\n  }\n": typeof types.CompleteBookingDocument,
    "\n  mutation MarkNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...BookingFields\n    }\n  }\n": typeof types.MarkNoShowDocument,
    "\n  fragment MyGoalsFields on MyGoals {\n    goals {\n      id\n      text\n      createdAt\n      archived\n    }\n    checkIns {\n      id\n      createdAt\n      phq9 {\n        total\n        band\n        bandLabel\n        selfHarmItemPositive\n      }\n      gad7 {\n        total\n        band\n        bandLabel\n      }\n      goalProgress {\n        goalId\n        progress\n      }\n      note\n    }\n    intakeScores {\n      takenAt\n      phq9 {\n        total\n        band\n        bandLabel\n        selfHarmItemPositive\n      }\n      gad7 {\n        total\n        band\n        bandLabel\n      }\n    }\n  }\n": typeof types.MyGoalsFieldsFragmentDoc,
    "\n  query MyGoals {\n    myGoals {\n      ...MyGoalsFields\n    }\n  }\n": typeof types.MyGoalsDocument,
    "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      ...MyGoalsFields\n    }\n  }\n": typeof types.AddGoalDocument,
    "\n  mutation ArchiveGoal($id: ID!) {\n    archiveGoal(id: $id) {\n      ...MyGoalsFields\n    }\n  }\n": typeof types.ArchiveGoalDocument,
    "\n  mutation AddGoalCheckIn($input: GoalCheckInInput!) {\n    addGoalCheckIn(input: $input) {\n      ...MyGoalsFields\n    }\n  }\n": typeof types.AddGoalCheckInDocument,
    "\n  query ClientHome {\n    myBookings {\n      upcoming {\n        id\n        startsAt\n        status\n        therapist {\n          id\n          displayName\n        }\n        sessionType {\n          id\n          name\n        }\n      }\n    }\n    myIntake {\n      id\n      updatedAt\n    }\n  }\n": typeof types.ClientHomeDocument,
    "\n  query TherapistHomeProfile {\n    myTherapistProfile {\n      id\n      status\n      headline\n      bio\n      formats\n    }\n    myLicenses {\n      id\n      status\n    }\n  }\n": typeof types.TherapistHomeProfileDocument,
    "\n  query TherapistHomeSchedule {\n    myAvailability {\n      weeklyRules {\n        weekday\n      }\n    }\n    mySessionTypes {\n      id\n      archived\n    }\n  }\n": typeof types.TherapistHomeScheduleDocument,
    "\n  query TherapistHomeWeek($from: DateTime!, $to: DateTime!) {\n    therapistBookings(from: $from, to: $to) {\n      id\n      startsAt\n      status\n      client {\n        id\n        displayName\n      }\n      sessionType {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TherapistHomeWeekDocument,
    "\n  query AdminHome {\n    licenseReviewQueue {\n      waitingDays\n      license {\n        id\n      }\n    }\n    suspendedTherapists {\n      id\n    }\n  }\n": typeof types.AdminHomeDocument,
    "\n  fragment IntakeFields on Intake {\n    id\n    revision\n    updatedAt\n    concerns {\n      code\n      name\n      priority\n    }\n    goals\n    preferredModalities\n    jurisdiction\n    format\n    budgetMaxMinor\n    needsSlidingScale\n    insurance\n    languages\n    genderPreference\n    communities\n    ageGroup\n    preferredWeekdays\n    preferredDayParts\n    timeZone\n    phq9 {\n      answers\n      total\n      band\n      bandLabel\n      selfHarmItemPositive\n    }\n    gad7 {\n      answers\n      total\n      band\n      bandLabel\n    }\n    crisisFlagged\n    crisisResources {\n      name\n      action\n      href\n    }\n  }\n": typeof types.IntakeFieldsFragmentDoc,
    "\n  query MyIntake {\n    myIntake {\n      ...IntakeFields\n    }\n    myIntakeDraft {\n      answers\n      stepIndex\n      updatedAt\n    }\n  }\n": typeof types.MyIntakeDocument,
    "\n  mutation SubmitIntake($input: SubmitIntakeInput!) {\n    submitIntake(input: $input) {\n      ...IntakeFields\n    }\n  }\n": typeof types.SubmitIntakeDocument,
    "\n  mutation SaveIntakeDraft($input: SaveIntakeDraftInput!) {\n    saveIntakeDraft(input: $input) {\n      updatedAt\n    }\n  }\n": typeof types.SaveIntakeDraftDocument,
    "\n  fragment LicenseFields on License {\n    id\n    licenseType\n    licenseTypeName\n    number\n    jurisdiction\n    jurisdictionName\n    expiresOn\n    npi\n    status\n    submittedAt\n    reviewedAt\n    rejectionReason\n  }\n": typeof types.LicenseFieldsFragmentDoc,
    "\n  query MyLicenses {\n    myLicenses {\n      ...LicenseFields\n    }\n  }\n": typeof types.MyLicensesDocument,
    "\n  mutation SubmitLicense($input: SubmitLicenseInput!) {\n    submitLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n": typeof types.SubmitLicenseDocument,
    "\n  query LocalMailboxEnabled {\n    localMailboxEnabled\n  }\n": typeof types.LocalMailboxEnabledDocument,
    "\n  query LocalMailbox {\n    localMailbox {\n      id\n      receivedAt\n      from\n      to\n      subject\n      text\n      attachments {\n        index\n        filename\n        contentType\n        sizeBytes\n        downloadPath\n      }\n    }\n  }\n": typeof types.LocalMailboxDocument,
    "\n  fragment TherapistMatchFields on TherapistMatch {\n    score\n    therapist {\n      id\n      displayName\n      pronouns\n      headline\n      photoUrl\n      feeMinor\n      slidingScale {\n        minMinor\n        maxMinor\n      }\n      formats\n      languages\n      acceptsNewClients\n      concerns {\n        code\n        name\n        level\n      }\n      modalities {\n        code\n        name\n      }\n    }\n    reasons {\n      code\n      text\n      weight\n    }\n    caveats {\n      code\n      text\n    }\n    nextSlots {\n      startsAt\n      localDate\n      localTime\n    }\n  }\n": typeof types.TherapistMatchFieldsFragmentDoc,
    "\n  query SearchTherapists($input: SearchTherapistsInput!) {\n    searchTherapists(input: $input) {\n      total\n      totalIsCapped\n      nextCursor\n      engine\n      crisisResources {\n        name\n        action\n        href\n      }\n      notices {\n        code\n        text\n      }\n      emptyBecause {\n        filter\n        label\n        count\n      }\n      items {\n        ...TherapistMatchFields\n      }\n      facets {\n        concern {\n          value\n          count\n        }\n        modality {\n          value\n          count\n        }\n        language {\n          value\n          count\n        }\n        format {\n          value\n          count\n        }\n        priceBand {\n          value\n          count\n        }\n        gender {\n          value\n          count\n        }\n        community {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchTherapistsDocument,
    "\n  query MyIntakeState {\n    myIntake {\n      id\n      jurisdiction\n    }\n  }\n": typeof types.MyIntakeStateDocument,
    "\n  query MyReceipts {\n    myReceipts {\n      id\n      bookingId\n      paidAt\n      sessionStartsAt\n      therapistName\n      sessionTypeName\n      amountMinor\n      refundedMinor\n      netPaidMinor\n      cardBrand\n      cardLast4\n      bookingStatus\n      superbillUrl\n    }\n  }\n": typeof types.MyReceiptsDocument,
    "\n  query MyEarnings($period: EarningsPeriod!) {\n    myEarnings(period: $period) {\n      period\n      rows {\n        ...EarningsRowFields\n      }\n      totals {\n        ...EarningsRowFields\n      }\n      payouts {\n        hasAccount\n        chargesEnabled\n        payoutsEnabled\n        availableMinor\n        pendingMinor\n        balanceNote\n      }\n    }\n  }\n": typeof types.MyEarningsDocument,
    "\n  fragment EarningsRowFields on EarningsRow {\n    periodStart\n    periodEnd\n    paidSessions\n    refundedSessions\n    grossMinor\n    refundsMinor\n    platformFeeMinor\n    netMinor\n  }\n": typeof types.EarningsRowFieldsFragmentDoc,
    "\n  query AdminPaymentIssues {\n    adminPaymentIssues {\n      id\n      kind\n      bookingId\n      sessionStartsAt\n      bookingStatus\n      sessionTypeName\n      therapistName\n      clientName\n      clientEmail\n      amountMinor\n      refundedMinor\n      paymentStatus\n      lastError\n      updatedAt\n    }\n  }\n": typeof types.AdminPaymentIssuesDocument,
    "\n  query PaymentMismatches {\n    paymentMismatches {\n      ...PaymentMismatchFields\n    }\n  }\n": typeof types.PaymentMismatchesDocument,
    "\n  fragment PaymentMismatchFields on PaymentMismatch {\n    id\n    stripeObjectId\n    reason\n    bookingId\n    therapistName\n    clientName\n    clientEmail\n    amountMinor\n    details\n    detectedAt\n    resolvedAt\n  }\n": typeof types.PaymentMismatchFieldsFragmentDoc,
    "\n  mutation ResolvePaymentMismatch($input: ResolvePaymentMismatchInput!) {\n    resolvePaymentMismatch(input: $input) {\n      id\n      resolvedAt\n      resolvedBy\n      resolutionNote\n    }\n  }\n": typeof types.ResolvePaymentMismatchDocument,
    "\n  mutation RunPaymentReconciliation {\n    runPaymentReconciliation {\n      examined\n      repaired\n      mismatches\n      failed\n    }\n  }\n": typeof types.RunPaymentReconciliationDocument,
    "\n  query MyPayoutStatus {\n    myPayoutStatus {\n      hasAccount\n      chargesEnabled\n      payoutsEnabled\n    }\n  }\n": typeof types.MyPayoutStatusDocument,
    "\n  mutation StartPayoutOnboarding {\n    startPayoutOnboarding {\n      url\n    }\n  }\n": typeof types.StartPayoutOnboardingDocument,
    "\n  mutation RefreshPayoutStatus {\n    refreshPayoutStatus {\n      hasAccount\n      chargesEnabled\n      payoutsEnabled\n    }\n  }\n": typeof types.RefreshPayoutStatusDocument,
    "\n  mutation ConfirmCheckout($bookingId: ID!) {\n    confirmCheckout(bookingId: $bookingId) {\n      id\n      status\n      paymentStatus\n      holdExpiresAt\n      startsAt\n      priceMinor\n      checkoutUrl\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ConfirmCheckoutDocument,
    "\n  mutation PayBookingNow($bookingId: ID!) {\n    payBookingNow(bookingId: $bookingId) {\n      checkoutUrl\n      dueBy\n    }\n  }\n": typeof types.PayBookingNowDocument,
    "\n  fragment SessionTypeFields on SessionType {\n    id\n    name\n    kind\n    durationMinutes\n    priceMinor\n    formats\n    archived\n    cptCode\n    cptCodeIsDefault\n  }\n": typeof types.SessionTypeFieldsFragmentDoc,
    "\n  query MySessionTypes {\n    mySessionTypes {\n      ...SessionTypeFields\n    }\n  }\n": typeof types.MySessionTypesDocument,
    "\n  mutation CreateSessionType($input: SessionTypeInput!) {\n    createSessionType(input: $input) {\n      ...SessionTypeFields\n    }\n  }\n": typeof types.CreateSessionTypeDocument,
    "\n  mutation UpdateSessionType($id: ID!, $input: SessionTypeInput!) {\n    updateSessionType(id: $id, input: $input) {\n      ...SessionTypeFields\n    }\n  }\n": typeof types.UpdateSessionTypeDocument,
    "\n  mutation ArchiveSessionType($id: ID!) {\n    archiveSessionType(id: $id) {\n      ...SessionTypeFields\n    }\n  }\n": typeof types.ArchiveSessionTypeDocument,
    "\n  mutation RestoreSessionType($id: ID!) {\n    restoreSessionType(id: $id) {\n      ...SessionTypeFields\n    }\n  }\n": typeof types.RestoreSessionTypeDocument,
    "\n  query ProfileFormats {\n    myTherapistProfile {\n      id\n      formats\n    }\n  }\n": typeof types.ProfileFormatsDocument,
    "\n  query Taxonomy {\n    taxonomy {\n      version\n      concerns {\n        code\n        name\n        category\n        synonyms\n      }\n      modalities {\n        code\n        name\n        shortName\n        description\n      }\n      licenseTypes {\n        code\n        name\n        abbreviation\n        profession\n        canPrescribe\n      }\n      jurisdictions {\n        code\n        name\n        timeZone\n      }\n      communities {\n        code\n        label\n      }\n      languages {\n        code\n        label\n      }\n      ageGroups {\n        code\n        label\n        minAge\n        maxAge\n      }\n      payers {\n        id\n        name\n        aliases\n      }\n    }\n  }\n": typeof types.TaxonomyDocument,
    "\n  query MyTherapistProfile {\n    myTherapistProfile {\n      ...TherapistProfileFields\n    }\n  }\n": typeof types.MyTherapistProfileDocument,
    "\n  mutation UpdateTherapistProfile($input: UpdateTherapistProfileInput!) {\n    updateTherapistProfile(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n": typeof types.UpdateTherapistProfileDocument,
    "\n  fragment TherapistProfileFields on TherapistProfile {\n    id\n    status\n    displayName\n    pronouns\n    headline\n    bio\n    photoUrl\n    yearsInPractice\n    gender\n    languages\n    formats\n    office {\n      address\n      latitude\n      longitude\n    }\n    ageGroups\n    communities\n    concerns {\n      code\n      name\n      level\n    }\n    modalities {\n      code\n      name\n      description\n    }\n    feeMinor\n    slidingScale {\n      minMinor\n      maxMinor\n    }\n    insuranceAccepted\n    insurancePlans {\n      id\n      name\n    }\n    insuranceUnmatched\n    acceptsNewClients\n    licenses {\n      licenseType\n      licenseTypeName\n      jurisdiction\n      jurisdictionName\n      status\n      verifiedAt\n      expiresOn\n    }\n    suspensionReason\n    updatedAt\n  }\n": typeof types.TherapistProfileFieldsFragmentDoc,
    "\n  query Therapist($id: ID!) {\n    therapist(id: $id) {\n      ...TherapistProfileFields\n    }\n  }\n": typeof types.TherapistDocument,
    "\n  query MyWaitlist {\n    myWaitlist {\n      id\n      therapistId\n      weekdays\n      dayParts\n      offeredBookingId\n    }\n  }\n": typeof types.MyWaitlistDocument,
    "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      id\n      therapistId\n      weekdays\n      dayParts\n      offeredBookingId\n    }\n  }\n": typeof types.JoinWaitlistDocument,
    "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id)\n  }\n": typeof types.LeaveWaitlistDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      otherSessionsEnded\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n    }\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ChangeTimeZone($input: ChangeTimeZoneInput!) {\n    changeTimeZone(input: $input) {\n      id\n      timeZone\n    }\n  }\n": types.ChangeTimeZoneDocument,
    "\n  mutation ExportMyData {\n    exportMyData {\n      fileName\n      json\n    }\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input) {\n      bookingsCancelled\n      healthRecordsErased\n    }\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query MyHealthDataReads {\n    myHealthDataReads {\n      readAt\n      therapistName\n      therapistId\n    }\n  }\n": types.MyHealthDataReadsDocument,
    "\n  query LicenseReviewQueue($filter: LicenseQueueFilterInput) {\n    licenseReviewQueue(filter: $filter) {\n      license {\n        ...LicenseFields\n      }\n      therapistId\n      therapistName\n      therapistEmail\n      headline\n      otherLicenses\n      waitingDays\n      boardName\n      boardLookupUrl\n    }\n  }\n": types.LicenseReviewQueueDocument,
    "\n  mutation VerifyLicense($licenseId: ID!) {\n    verifyLicense(licenseId: $licenseId) {\n      ...LicenseFields\n    }\n  }\n": types.VerifyLicenseDocument,
    "\n  mutation RejectLicense($input: RejectLicenseInput!) {\n    rejectLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n": types.RejectLicenseDocument,
    "\n  query SuspendedTherapists {\n    suspendedTherapists {\n      id\n      status\n      displayName\n      headline\n      suspensionReason\n      updatedAt\n    }\n  }\n": types.SuspendedTherapistsDocument,
    "\n  mutation SuspendTherapist($input: SuspensionInput!) {\n    suspendTherapist(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n": types.SuspendTherapistDocument,
    "\n  mutation ReinstateTherapist($input: SuspensionInput!) {\n    reinstateTherapist(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n": types.ReinstateTherapistDocument,
    "\n  query AuditEvents($limit: Int!, $before: DateTime, $beforeId: ID, $action: String, $subjectId: String) {\n    auditEvents(limit: $limit, before: $before, beforeId: $beforeId, action: $action, subjectId: $subjectId) {\n      id\n      action\n      subjectType\n      subjectId\n      reason\n      actorEmail\n      actorName\n      subjectName\n      details\n      createdAt\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AdminTherapists($input: AdminTherapistsInput!) {\n    adminTherapists(input: $input) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        status\n        states\n        licensesWaiting\n      }\n    }\n  }\n": types.AdminTherapistsDocument,
    "\n  query PendingSessionRatings {\n    pendingSessionRatings {\n      bookingId\n      therapistId\n      therapistName\n      startsAt\n      sessionNumber\n      items {\n        key\n        question\n        low\n        high\n      }\n    }\n  }\n": types.PendingSessionRatingsDocument,
    "\n  mutation RateSession($input: RateSessionInput!) {\n    rateSession(input: $input) {\n      bookingId\n      total\n      rematchOffered\n      reasons\n    }\n  }\n": types.RateSessionDocument,
    "\n  mutation ShareIntakeWithNextTherapist {\n    shareIntakeWithNextTherapist\n  }\n": types.ShareIntakeWithNextTherapistDocument,
    "\n  query Rematch($input: SearchTherapistsInput!) {\n    rematch(input: $input) {\n      items {\n        therapist {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.RematchDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    timeZone\n    createdAt\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  fragment MyAvailabilityFields on MyAvailability {\n    settings {\n      timeZone\n      bufferBeforeMinutes\n      bufferAfterMinutes\n      minimumNoticeMinutes\n      horizonDays\n      maxSessionsPerDay\n      slotStepMinutes\n    }\n    weeklyRules {\n      weekday\n      startLocal\n      endLocal\n    }\n    dateOverrides {\n      date\n      windows {\n        startLocal\n        endLocal\n      }\n    }\n    calendars {\n      id\n      name\n      source\n      feedUrl\n      lastSyncedAt\n      lastError\n      busyCount\n    }\n  }\n": types.MyAvailabilityFieldsFragmentDoc,
    "\n  query MyAvailability {\n    myAvailability {\n      ...MyAvailabilityFields\n    }\n  }\n": types.MyAvailabilityDocument,
    "\n  mutation SetWeeklyRules($input: SetWeeklyRulesInput!) {\n    setWeeklyRules(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": types.SetWeeklyRulesDocument,
    "\n  mutation SetDateOverride($input: DateOverrideInput!) {\n    setDateOverride(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": types.SetDateOverrideDocument,
    "\n  mutation RemoveDateOverride($date: String!) {\n    removeDateOverride(date: $date) {\n      ...MyAvailabilityFields\n    }\n  }\n": types.RemoveDateOverrideDocument,
    "\n  mutation UpdateBookingSettings($input: BookingSettingsInput!) {\n    updateBookingSettings(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": types.UpdateBookingSettingsDocument,
    "\n  mutation UploadCalendar($input: CalendarUploadInput!) {\n    uploadCalendar(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": types.UploadCalendarDocument,
    "\n  mutation AddCalendarFeed($input: CalendarFeedInput!) {\n    addCalendarFeed(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n": types.AddCalendarFeedDocument,
    "\n  mutation RefreshCalendar($id: ID!) {\n    refreshCalendar(id: $id) {\n      ...MyAvailabilityFields\n    }\n  }\n": types.RefreshCalendarDocument,
    "\n  mutation RemoveCalendar($id: ID!) {\n    removeCalendar(id: $id) {\n      ...MyAvailabilityFields\n    }\n  }\n": types.RemoveCalendarDocument,
    "\n  query MyCalendarFeed {\n    myAvailability {\n      settings {\n        calendarFeedUrl\n      }\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation RotateCalendarFeedToken {\n    rotateCalendarFeedToken\n  }\n": types.RotateCalendarFeedTokenDocument,
    "\n  query BookableSessionTypes($id: ID!) {\n    therapist(id: $id) {\n      id\n      sessionTypes {\n        id\n        name\n        kind\n        durationMinutes\n        priceMinor\n        formats\n      }\n    }\n  }\n": types.BookableSessionTypesDocument,
    "\n  query AvailableSlots($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: String!) {\n    availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: $timeZone) {\n      timeZone\n      therapistTimeZone\n      from\n      to\n      slots {\n        startsAt\n        endsAt\n        localDate\n        localTime\n        offset\n      }\n    }\n  }\n": types.AvailableSlotsDocument,
    "\n  fragment BookingFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    holdExpiresAt\n    priceMinor\n    currency\n    paymentStatus\n    checkoutUrl\n    format\n    seriesId\n    policyText\n    cancelReason\n    cancelledBy\n    cancelledAt\n    cancellationFeeMinor\n    refundMinor\n    therapist {\n      id\n      displayName\n      timeZone\n    }\n    client {\n      id\n      displayName\n      email\n    }\n    sessionType {\n      id\n      name\n      durationMinutes\n      formats\n    }\n    where {\n      format\n      address\n      instructions\n      joinUrl\n    }\n    cancellationPreview {\n      freeNow\n      freeUntil\n      costMinor\n      text\n    }\n  }\n": types.BookingFieldsFragmentDoc,
    "\n  query BookingTerms($therapistId: ID!, $sessionTypeId: ID!, $startsAt: DateTime!) {\n    bookingTerms(therapistId: $therapistId, sessionTypeId: $sessionTypeId, startsAt: $startsAt) {\n      priceMinor\n      holdMinutes\n      policyText\n      cancellationPreview {\n        freeNow\n        freeUntil\n        costMinor\n        text\n      }\n    }\n  }\n": types.BookingTermsDocument,
    "\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      ...BookingFields\n    }\n  }\n": types.HoldSlotDocument,
    "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      ...BookingFields\n    }\n  }\n": types.ConfirmBookingDocument,
    "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      seriesId\n      booked {\n        ...BookingFields\n      }\n      conflicts {\n        index\n        localDate\n        reason\n        alternative {\n          startsAt\n          endsAt\n          localDate\n          localTime\n        }\n      }\n    }\n  }\n": types.BookSeriesDocument,
    "\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFields\n    }\n  }\n": types.BookingDocument,
    "\n  query MyUpcomingBookings {\n    myBookings {\n      upcoming {\n        ...BookingFields\n      }\n    }\n  }\n": types.MyUpcomingBookingsDocument,
    "\n  query MyPastBookings {\n    myBookings {\n      past {\n        ...BookingFields\n      }\n    }\n  }\n": types.MyPastBookingsDocument,
    "\n  query TherapistBookings($from: DateTime!, $to: DateTime!) {\n    therapistBookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n": types.TherapistBookingsDocument,
    "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation CancelSeries($seriesId: ID!, $fromBookingId: ID, $reason: String) {\n    cancelSeries(seriesId: $seriesId, fromBookingId: $fromBookingId, reason: $reason) {\n      ...BookingFields\n    }\n  }\n": types.CancelSeriesDocument,
    "\n  mutation RescheduleBooking($id: ID!, $newStartsAt: DateTime!) {\n    rescheduleBooking(id: $id, newStartsAt: $newStartsAt) {\n      ...BookingFields\n    }\n  }\n": types.RescheduleBookingDocument,
    "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      ...BookingFields\n    }\n  }\n": types.CompleteBookingDocument,
    "\n  mutation MarkNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...BookingFields\n    }\n  }\n": types.MarkNoShowDocument,
    "\n  fragment MyGoalsFields on MyGoals {\n    goals {\n      id\n      text\n      createdAt\n      archived\n    }\n    checkIns {\n      id\n      createdAt\n      phq9 {\n        total\n        band\n        bandLabel\n        selfHarmItemPositive\n      }\n      gad7 {\n        total\n        band\n        bandLabel\n      }\n      goalProgress {\n        goalId\n        progress\n      }\n      note\n    }\n    intakeScores {\n      takenAt\n      phq9 {\n        total\n        band\n        bandLabel\n        selfHarmItemPositive\n      }\n      gad7 {\n        total\n        band\n        bandLabel\n      }\n    }\n  }\n": types.MyGoalsFieldsFragmentDoc,
    "\n  query MyGoals {\n    myGoals {\n      ...MyGoalsFields\n    }\n  }\n": types.MyGoalsDocument,
    "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      ...MyGoalsFields\n    }\n  }\n": types.AddGoalDocument,
    "\n  mutation ArchiveGoal($id: ID!) {\n    archiveGoal(id: $id) {\n      ...MyGoalsFields\n    }\n  }\n": types.ArchiveGoalDocument,
    "\n  mutation AddGoalCheckIn($input: GoalCheckInInput!) {\n    addGoalCheckIn(input: $input) {\n      ...MyGoalsFields\n    }\n  }\n": types.AddGoalCheckInDocument,
    "\n  query ClientHome {\n    myBookings {\n      upcoming {\n        id\n        startsAt\n        status\n        therapist {\n          id\n          displayName\n        }\n        sessionType {\n          id\n          name\n        }\n      }\n    }\n    myIntake {\n      id\n      updatedAt\n    }\n  }\n": types.ClientHomeDocument,
    "\n  query TherapistHomeProfile {\n    myTherapistProfile {\n      id\n      status\n      headline\n      bio\n      formats\n    }\n    myLicenses {\n      id\n      status\n    }\n  }\n": types.TherapistHomeProfileDocument,
    "\n  query TherapistHomeSchedule {\n    myAvailability {\n      weeklyRules {\n        weekday\n      }\n    }\n    mySessionTypes {\n      id\n      archived\n    }\n  }\n": types.TherapistHomeScheduleDocument,
    "\n  query TherapistHomeWeek($from: DateTime!, $to: DateTime!) {\n    therapistBookings(from: $from, to: $to) {\n      id\n      startsAt\n      status\n      client {\n        id\n        displayName\n      }\n      sessionType {\n        id\n        name\n      }\n    }\n  }\n": types.TherapistHomeWeekDocument,
    "\n  query AdminHome {\n    licenseReviewQueue {\n      waitingDays\n      license {\n        id\n      }\n    }\n    suspendedTherapists {\n      id\n    }\n  }\n": types.AdminHomeDocument,
    "\n  fragment IntakeFields on Intake {\n    id\n    revision\n    updatedAt\n    concerns {\n      code\n      name\n      priority\n    }\n    goals\n    preferredModalities\n    jurisdiction\n    format\n    budgetMaxMinor\n    needsSlidingScale\n    insurance\n    languages\n    genderPreference\n    communities\n    ageGroup\n    preferredWeekdays\n    preferredDayParts\n    timeZone\n    phq9 {\n      answers\n      total\n      band\n      bandLabel\n      selfHarmItemPositive\n    }\n    gad7 {\n      answers\n      total\n      band\n      bandLabel\n    }\n    crisisFlagged\n    crisisResources {\n      name\n      action\n      href\n    }\n  }\n": types.IntakeFieldsFragmentDoc,
    "\n  query MyIntake {\n    myIntake {\n      ...IntakeFields\n    }\n    myIntakeDraft {\n      answers\n      stepIndex\n      updatedAt\n    }\n  }\n": types.MyIntakeDocument,
    "\n  mutation SubmitIntake($input: SubmitIntakeInput!) {\n    submitIntake(input: $input) {\n      ...IntakeFields\n    }\n  }\n": types.SubmitIntakeDocument,
    "\n  mutation SaveIntakeDraft($input: SaveIntakeDraftInput!) {\n    saveIntakeDraft(input: $input) {\n      updatedAt\n    }\n  }\n": types.SaveIntakeDraftDocument,
    "\n  fragment LicenseFields on License {\n    id\n    licenseType\n    licenseTypeName\n    number\n    jurisdiction\n    jurisdictionName\n    expiresOn\n    npi\n    status\n    submittedAt\n    reviewedAt\n    rejectionReason\n  }\n": types.LicenseFieldsFragmentDoc,
    "\n  query MyLicenses {\n    myLicenses {\n      ...LicenseFields\n    }\n  }\n": types.MyLicensesDocument,
    "\n  mutation SubmitLicense($input: SubmitLicenseInput!) {\n    submitLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n": types.SubmitLicenseDocument,
    "\n  query LocalMailboxEnabled {\n    localMailboxEnabled\n  }\n": types.LocalMailboxEnabledDocument,
    "\n  query LocalMailbox {\n    localMailbox {\n      id\n      receivedAt\n      from\n      to\n      subject\n      text\n      attachments {\n        index\n        filename\n        contentType\n        sizeBytes\n        downloadPath\n      }\n    }\n  }\n": types.LocalMailboxDocument,
    "\n  fragment TherapistMatchFields on TherapistMatch {\n    score\n    therapist {\n      id\n      displayName\n      pronouns\n      headline\n      photoUrl\n      feeMinor\n      slidingScale {\n        minMinor\n        maxMinor\n      }\n      formats\n      languages\n      acceptsNewClients\n      concerns {\n        code\n        name\n        level\n      }\n      modalities {\n        code\n        name\n      }\n    }\n    reasons {\n      code\n      text\n      weight\n    }\n    caveats {\n      code\n      text\n    }\n    nextSlots {\n      startsAt\n      localDate\n      localTime\n    }\n  }\n": types.TherapistMatchFieldsFragmentDoc,
    "\n  query SearchTherapists($input: SearchTherapistsInput!) {\n    searchTherapists(input: $input) {\n      total\n      totalIsCapped\n      nextCursor\n      engine\n      crisisResources {\n        name\n        action\n        href\n      }\n      notices {\n        code\n        text\n      }\n      emptyBecause {\n        filter\n        label\n        count\n      }\n      items {\n        ...TherapistMatchFields\n      }\n      facets {\n        concern {\n          value\n          count\n        }\n        modality {\n          value\n          count\n        }\n        language {\n          value\n          count\n        }\n        format {\n          value\n          count\n        }\n        priceBand {\n          value\n          count\n        }\n        gender {\n          value\n          count\n        }\n        community {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.SearchTherapistsDocument,
    "\n  query MyIntakeState {\n    myIntake {\n      id\n      jurisdiction\n    }\n  }\n": types.MyIntakeStateDocument,
    "\n  query MyReceipts {\n    myReceipts {\n      id\n      bookingId\n      paidAt\n      sessionStartsAt\n      therapistName\n      sessionTypeName\n      amountMinor\n      refundedMinor\n      netPaidMinor\n      cardBrand\n      cardLast4\n      bookingStatus\n      superbillUrl\n    }\n  }\n": types.MyReceiptsDocument,
    "\n  query MyEarnings($period: EarningsPeriod!) {\n    myEarnings(period: $period) {\n      period\n      rows {\n        ...EarningsRowFields\n      }\n      totals {\n        ...EarningsRowFields\n      }\n      payouts {\n        hasAccount\n        chargesEnabled\n        payoutsEnabled\n        availableMinor\n        pendingMinor\n        balanceNote\n      }\n    }\n  }\n": types.MyEarningsDocument,
    "\n  fragment EarningsRowFields on EarningsRow {\n    periodStart\n    periodEnd\n    paidSessions\n    refundedSessions\n    grossMinor\n    refundsMinor\n    platformFeeMinor\n    netMinor\n  }\n": types.EarningsRowFieldsFragmentDoc,
    "\n  query AdminPaymentIssues {\n    adminPaymentIssues {\n      id\n      kind\n      bookingId\n      sessionStartsAt\n      bookingStatus\n      sessionTypeName\n      therapistName\n      clientName\n      clientEmail\n      amountMinor\n      refundedMinor\n      paymentStatus\n      lastError\n      updatedAt\n    }\n  }\n": types.AdminPaymentIssuesDocument,
    "\n  query PaymentMismatches {\n    paymentMismatches {\n      ...PaymentMismatchFields\n    }\n  }\n": types.PaymentMismatchesDocument,
    "\n  fragment PaymentMismatchFields on PaymentMismatch {\n    id\n    stripeObjectId\n    reason\n    bookingId\n    therapistName\n    clientName\n    clientEmail\n    amountMinor\n    details\n    detectedAt\n    resolvedAt\n  }\n": types.PaymentMismatchFieldsFragmentDoc,
    "\n  mutation ResolvePaymentMismatch($input: ResolvePaymentMismatchInput!) {\n    resolvePaymentMismatch(input: $input) {\n      id\n      resolvedAt\n      resolvedBy\n      resolutionNote\n    }\n  }\n": types.ResolvePaymentMismatchDocument,
    "\n  mutation RunPaymentReconciliation {\n    runPaymentReconciliation {\n      examined\n      repaired\n      mismatches\n      failed\n    }\n  }\n": types.RunPaymentReconciliationDocument,
    "\n  query MyPayoutStatus {\n    myPayoutStatus {\n      hasAccount\n      chargesEnabled\n      payoutsEnabled\n    }\n  }\n": types.MyPayoutStatusDocument,
    "\n  mutation StartPayoutOnboarding {\n    startPayoutOnboarding {\n      url\n    }\n  }\n": types.StartPayoutOnboardingDocument,
    "\n  mutation RefreshPayoutStatus {\n    refreshPayoutStatus {\n      hasAccount\n      chargesEnabled\n      payoutsEnabled\n    }\n  }\n": types.RefreshPayoutStatusDocument,
    "\n  mutation ConfirmCheckout($bookingId: ID!) {\n    confirmCheckout(bookingId: $bookingId) {\n      id\n      status\n      paymentStatus\n      holdExpiresAt\n      startsAt\n      priceMinor\n      checkoutUrl\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n": types.ConfirmCheckoutDocument,
    "\n  mutation PayBookingNow($bookingId: ID!) {\n    payBookingNow(bookingId: $bookingId) {\n      checkoutUrl\n      dueBy\n    }\n  }\n": types.PayBookingNowDocument,
    "\n  fragment SessionTypeFields on SessionType {\n    id\n    name\n    kind\n    durationMinutes\n    priceMinor\n    formats\n    archived\n    cptCode\n    cptCodeIsDefault\n  }\n": types.SessionTypeFieldsFragmentDoc,
    "\n  query MySessionTypes {\n    mySessionTypes {\n      ...SessionTypeFields\n    }\n  }\n": types.MySessionTypesDocument,
    "\n  mutation CreateSessionType($input: SessionTypeInput!) {\n    createSessionType(input: $input) {\n      ...SessionTypeFields\n    }\n  }\n": types.CreateSessionTypeDocument,
    "\n  mutation UpdateSessionType($id: ID!, $input: SessionTypeInput!) {\n    updateSessionType(id: $id, input: $input) {\n      ...SessionTypeFields\n    }\n  }\n": types.UpdateSessionTypeDocument,
    "\n  mutation ArchiveSessionType($id: ID!) {\n    archiveSessionType(id: $id) {\n      ...SessionTypeFields\n    }\n  }\n": types.ArchiveSessionTypeDocument,
    "\n  mutation RestoreSessionType($id: ID!) {\n    restoreSessionType(id: $id) {\n      ...SessionTypeFields\n    }\n  }\n": types.RestoreSessionTypeDocument,
    "\n  query ProfileFormats {\n    myTherapistProfile {\n      id\n      formats\n    }\n  }\n": types.ProfileFormatsDocument,
    "\n  query Taxonomy {\n    taxonomy {\n      version\n      concerns {\n        code\n        name\n        category\n        synonyms\n      }\n      modalities {\n        code\n        name\n        shortName\n        description\n      }\n      licenseTypes {\n        code\n        name\n        abbreviation\n        profession\n        canPrescribe\n      }\n      jurisdictions {\n        code\n        name\n        timeZone\n      }\n      communities {\n        code\n        label\n      }\n      languages {\n        code\n        label\n      }\n      ageGroups {\n        code\n        label\n        minAge\n        maxAge\n      }\n      payers {\n        id\n        name\n        aliases\n      }\n    }\n  }\n": types.TaxonomyDocument,
    "\n  query MyTherapistProfile {\n    myTherapistProfile {\n      ...TherapistProfileFields\n    }\n  }\n": types.MyTherapistProfileDocument,
    "\n  mutation UpdateTherapistProfile($input: UpdateTherapistProfileInput!) {\n    updateTherapistProfile(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n": types.UpdateTherapistProfileDocument,
    "\n  fragment TherapistProfileFields on TherapistProfile {\n    id\n    status\n    displayName\n    pronouns\n    headline\n    bio\n    photoUrl\n    yearsInPractice\n    gender\n    languages\n    formats\n    office {\n      address\n      latitude\n      longitude\n    }\n    ageGroups\n    communities\n    concerns {\n      code\n      name\n      level\n    }\n    modalities {\n      code\n      name\n      description\n    }\n    feeMinor\n    slidingScale {\n      minMinor\n      maxMinor\n    }\n    insuranceAccepted\n    insurancePlans {\n      id\n      name\n    }\n    insuranceUnmatched\n    acceptsNewClients\n    licenses {\n      licenseType\n      licenseTypeName\n      jurisdiction\n      jurisdictionName\n      status\n      verifiedAt\n      expiresOn\n    }\n    suspensionReason\n    updatedAt\n  }\n": types.TherapistProfileFieldsFragmentDoc,
    "\n  query Therapist($id: ID!) {\n    therapist(id: $id) {\n      ...TherapistProfileFields\n    }\n  }\n": types.TherapistDocument,
    "\n  query MyWaitlist {\n    myWaitlist {\n      id\n      therapistId\n      weekdays\n      dayParts\n      offeredBookingId\n    }\n  }\n": types.MyWaitlistDocument,
    "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      id\n      therapistId\n      weekdays\n      dayParts\n      offeredBookingId\n    }\n  }\n": types.JoinWaitlistDocument,
    "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id)\n  }\n": types.LeaveWaitlistDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      otherSessionsEnded\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      otherSessionsEnded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTimeZone($input: ChangeTimeZoneInput!) {\n    changeTimeZone(input: $input) {\n      id\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTimeZone($input: ChangeTimeZoneInput!) {\n    changeTimeZone(input: $input) {\n      id\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData {\n      fileName\n      json\n    }\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData {\n      fileName\n      json\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input) {\n      bookingsCancelled\n      healthRecordsErased\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($input: DeleteAccountInput!) {\n    deleteMyAccount(input: $input) {\n      bookingsCancelled\n      healthRecordsErased\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyHealthDataReads {\n    myHealthDataReads {\n      readAt\n      therapistName\n      therapistId\n    }\n  }\n"): (typeof documents)["\n  query MyHealthDataReads {\n    myHealthDataReads {\n      readAt\n      therapistName\n      therapistId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenseReviewQueue($filter: LicenseQueueFilterInput) {\n    licenseReviewQueue(filter: $filter) {\n      license {\n        ...LicenseFields\n      }\n      therapistId\n      therapistName\n      therapistEmail\n      headline\n      otherLicenses\n      waitingDays\n      boardName\n      boardLookupUrl\n    }\n  }\n"): (typeof documents)["\n  query LicenseReviewQueue($filter: LicenseQueueFilterInput) {\n    licenseReviewQueue(filter: $filter) {\n      license {\n        ...LicenseFields\n      }\n      therapistId\n      therapistName\n      therapistEmail\n      headline\n      otherLicenses\n      waitingDays\n      boardName\n      boardLookupUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyLicense($licenseId: ID!) {\n    verifyLicense(licenseId: $licenseId) {\n      ...LicenseFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyLicense($licenseId: ID!) {\n    verifyLicense(licenseId: $licenseId) {\n      ...LicenseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectLicense($input: RejectLicenseInput!) {\n    rejectLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectLicense($input: RejectLicenseInput!) {\n    rejectLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuspendedTherapists {\n    suspendedTherapists {\n      id\n      status\n      displayName\n      headline\n      suspensionReason\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SuspendedTherapists {\n    suspendedTherapists {\n      id\n      status\n      displayName\n      headline\n      suspensionReason\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendTherapist($input: SuspensionInput!) {\n    suspendTherapist(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendTherapist($input: SuspensionInput!) {\n    suspendTherapist(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateTherapist($input: SuspensionInput!) {\n    reinstateTherapist(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateTherapist($input: SuspensionInput!) {\n    reinstateTherapist(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($limit: Int!, $before: DateTime, $beforeId: ID, $action: String, $subjectId: String) {\n    auditEvents(limit: $limit, before: $before, beforeId: $beforeId, action: $action, subjectId: $subjectId) {\n      id\n      action\n      subjectType\n      subjectId\n      reason\n      actorEmail\n      actorName\n      subjectName\n      details\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($limit: Int!, $before: DateTime, $beforeId: ID, $action: String, $subjectId: String) {\n    auditEvents(limit: $limit, before: $before, beforeId: $beforeId, action: $action, subjectId: $subjectId) {\n      id\n      action\n      subjectType\n      subjectId\n      reason\n      actorEmail\n      actorName\n      subjectName\n      details\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTherapists($input: AdminTherapistsInput!) {\n    adminTherapists(input: $input) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        status\n        states\n        licensesWaiting\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTherapists($input: AdminTherapistsInput!) {\n    adminTherapists(input: $input) {\n      total\n      offset\n      limit\n      items {\n        id\n        displayName\n        email\n        status\n        states\n        licensesWaiting\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingSessionRatings {\n    pendingSessionRatings {\n      bookingId\n      therapistId\n      therapistName\n      startsAt\n      sessionNumber\n      items {\n        key\n        question\n        low\n        high\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingSessionRatings {\n    pendingSessionRatings {\n      bookingId\n      therapistId\n      therapistName\n      startsAt\n      sessionNumber\n      items {\n        key\n        question\n        low\n        high\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateSession($input: RateSessionInput!) {\n    rateSession(input: $input) {\n      bookingId\n      total\n      rematchOffered\n      reasons\n    }\n  }\n"): (typeof documents)["\n  mutation RateSession($input: RateSessionInput!) {\n    rateSession(input: $input) {\n      bookingId\n      total\n      rematchOffered\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareIntakeWithNextTherapist {\n    shareIntakeWithNextTherapist\n  }\n"): (typeof documents)["\n  mutation ShareIntakeWithNextTherapist {\n    shareIntakeWithNextTherapist\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rematch($input: SearchTherapistsInput!) {\n    rematch(input: $input) {\n      items {\n        therapist {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Rematch($input: SearchTherapistsInput!) {\n    rematch(input: $input) {\n      items {\n        therapist {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    timeZone\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    role\n    timeZone\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...CurrentUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAvailabilityFields on MyAvailability {\n    settings {\n      timeZone\n      bufferBeforeMinutes\n      bufferAfterMinutes\n      minimumNoticeMinutes\n      horizonDays\n      maxSessionsPerDay\n      slotStepMinutes\n    }\n    weeklyRules {\n      weekday\n      startLocal\n      endLocal\n    }\n    dateOverrides {\n      date\n      windows {\n        startLocal\n        endLocal\n      }\n    }\n    calendars {\n      id\n      name\n      source\n      feedUrl\n      lastSyncedAt\n      lastError\n      busyCount\n    }\n  }\n"): (typeof documents)["\n  fragment MyAvailabilityFields on MyAvailability {\n    settings {\n      timeZone\n      bufferBeforeMinutes\n      bufferAfterMinutes\n      minimumNoticeMinutes\n      horizonDays\n      maxSessionsPerDay\n      slotStepMinutes\n    }\n    weeklyRules {\n      weekday\n      startLocal\n      endLocal\n    }\n    dateOverrides {\n      date\n      windows {\n        startLocal\n        endLocal\n      }\n    }\n    calendars {\n      id\n      name\n      source\n      feedUrl\n      lastSyncedAt\n      lastError\n      busyCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAvailability {\n    myAvailability {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  query MyAvailability {\n    myAvailability {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWeeklyRules($input: SetWeeklyRulesInput!) {\n    setWeeklyRules(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetWeeklyRules($input: SetWeeklyRulesInput!) {\n    setWeeklyRules(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDateOverride($input: DateOverrideInput!) {\n    setDateOverride(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetDateOverride($input: DateOverrideInput!) {\n    setDateOverride(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDateOverride($date: String!) {\n    removeDateOverride(date: $date) {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveDateOverride($date: String!) {\n    removeDateOverride(date: $date) {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBookingSettings($input: BookingSettingsInput!) {\n    updateBookingSettings(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBookingSettings($input: BookingSettingsInput!) {\n    updateBookingSettings(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadCalendar($input: CalendarUploadInput!) {\n    uploadCalendar(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation UploadCalendar($input: CalendarUploadInput!) {\n    uploadCalendar(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCalendarFeed($input: CalendarFeedInput!) {\n    addCalendarFeed(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCalendarFeed($input: CalendarFeedInput!) {\n    addCalendarFeed(input: $input) {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshCalendar($id: ID!) {\n    refreshCalendar(id: $id) {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshCalendar($id: ID!) {\n    refreshCalendar(id: $id) {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendar($id: ID!) {\n    removeCalendar(id: $id) {\n      ...MyAvailabilityFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCalendar($id: ID!) {\n    removeCalendar(id: $id) {\n      ...MyAvailabilityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myAvailability {\n      settings {\n        calendarFeedUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myAvailability {\n      settings {\n        calendarFeedUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeedToken {\n    rotateCalendarFeedToken\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeedToken {\n    rotateCalendarFeedToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookableSessionTypes($id: ID!) {\n    therapist(id: $id) {\n      id\n      sessionTypes {\n        id\n        name\n        kind\n        durationMinutes\n        priceMinor\n        formats\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookableSessionTypes($id: ID!) {\n    therapist(id: $id) {\n      id\n      sessionTypes {\n        id\n        name\n        kind\n        durationMinutes\n        priceMinor\n        formats\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AvailableSlots($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: String!) {\n    availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: $timeZone) {\n      timeZone\n      therapistTimeZone\n      from\n      to\n      slots {\n        startsAt\n        endsAt\n        localDate\n        localTime\n        offset\n      }\n    }\n  }\n"): (typeof documents)["\n  query AvailableSlots($therapistId: ID!, $sessionTypeId: ID!, $from: DateTime!, $to: DateTime!, $timeZone: String!) {\n    availableSlots(therapistId: $therapistId, sessionTypeId: $sessionTypeId, from: $from, to: $to, timeZone: $timeZone) {\n      timeZone\n      therapistTimeZone\n      from\n      to\n      slots {\n        startsAt\n        endsAt\n        localDate\n        localTime\n        offset\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    holdExpiresAt\n    priceMinor\n    currency\n    paymentStatus\n    checkoutUrl\n    format\n    seriesId\n    policyText\n    cancelReason\n    cancelledBy\n    cancelledAt\n    cancellationFeeMinor\n    refundMinor\n    therapist {\n      id\n      displayName\n      timeZone\n    }\n    client {\n      id\n      displayName\n      email\n    }\n    sessionType {\n      id\n      name\n      durationMinutes\n      formats\n    }\n    where {\n      format\n      address\n      instructions\n      joinUrl\n    }\n    cancellationPreview {\n      freeNow\n      freeUntil\n      costMinor\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment BookingFields on Booking {\n    id\n    status\n    startsAt\n    endsAt\n    holdExpiresAt\n    priceMinor\n    currency\n    paymentStatus\n    checkoutUrl\n    format\n    seriesId\n    policyText\n    cancelReason\n    cancelledBy\n    cancelledAt\n    cancellationFeeMinor\n    refundMinor\n    therapist {\n      id\n      displayName\n      timeZone\n    }\n    client {\n      id\n      displayName\n      email\n    }\n    sessionType {\n      id\n      name\n      durationMinutes\n      formats\n    }\n    where {\n      format\n      address\n      instructions\n      joinUrl\n    }\n    cancellationPreview {\n      freeNow\n      freeUntil\n      costMinor\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingTerms($therapistId: ID!, $sessionTypeId: ID!, $startsAt: DateTime!) {\n    bookingTerms(therapistId: $therapistId, sessionTypeId: $sessionTypeId, startsAt: $startsAt) {\n      priceMinor\n      holdMinutes\n      policyText\n      cancellationPreview {\n        freeNow\n        freeUntil\n        costMinor\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingTerms($therapistId: ID!, $sessionTypeId: ID!, $startsAt: DateTime!) {\n    bookingTerms(therapistId: $therapistId, sessionTypeId: $sessionTypeId, startsAt: $startsAt) {\n      priceMinor\n      holdMinutes\n      policyText\n      cancellationPreview {\n        freeNow\n        freeUntil\n        costMinor\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmBooking($id: ID!) {\n    confirmBooking(id: $id) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      seriesId\n      booked {\n        ...BookingFields\n      }\n      conflicts {\n        index\n        localDate\n        reason\n        alternative {\n          startsAt\n          endsAt\n          localDate\n          localTime\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookSeries($input: BookSeriesInput!) {\n    bookSeries(input: $input) {\n      seriesId\n      booked {\n        ...BookingFields\n      }\n      conflicts {\n        index\n        localDate\n        reason\n        alternative {\n          startsAt\n          endsAt\n          localDate\n          localTime\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUpcomingBookings {\n    myBookings {\n      upcoming {\n        ...BookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyUpcomingBookings {\n    myBookings {\n      upcoming {\n        ...BookingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPastBookings {\n    myBookings {\n      past {\n        ...BookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPastBookings {\n    myBookings {\n      past {\n        ...BookingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistBookings($from: DateTime!, $to: DateTime!) {\n    therapistBookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  query TherapistBookings($from: DateTime!, $to: DateTime!) {\n    therapistBookings(from: $from, to: $to) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!, $reason: String) {\n    cancelBooking(id: $id, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSeries($seriesId: ID!, $fromBookingId: ID, $reason: String) {\n    cancelSeries(seriesId: $seriesId, fromBookingId: $fromBookingId, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSeries($seriesId: ID!, $fromBookingId: ID, $reason: String) {\n    cancelSeries(seriesId: $seriesId, fromBookingId: $fromBookingId, reason: $reason) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleBooking($id: ID!, $newStartsAt: DateTime!) {\n    rescheduleBooking(id: $id, newStartsAt: $newStartsAt) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleBooking($id: ID!, $newStartsAt: DateTime!) {\n    rescheduleBooking(id: $id, newStartsAt: $newStartsAt) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteBooking($id: ID!) {\n    completeBooking(id: $id) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...BookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNoShow($id: ID!) {\n    markNoShow(id: $id) {\n      ...BookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyGoalsFields on MyGoals {\n    goals {\n      id\n      text\n      createdAt\n      archived\n    }\n    checkIns {\n      id\n      createdAt\n      phq9 {\n        total\n        band\n        bandLabel\n        selfHarmItemPositive\n      }\n      gad7 {\n        total\n        band\n        bandLabel\n      }\n      goalProgress {\n        goalId\n        progress\n      }\n      note\n    }\n    intakeScores {\n      takenAt\n      phq9 {\n        total\n        band\n        bandLabel\n        selfHarmItemPositive\n      }\n      gad7 {\n        total\n        band\n        bandLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MyGoalsFields on MyGoals {\n    goals {\n      id\n      text\n      createdAt\n      archived\n    }\n    checkIns {\n      id\n      createdAt\n      phq9 {\n        total\n        band\n        bandLabel\n        selfHarmItemPositive\n      }\n      gad7 {\n        total\n        band\n        bandLabel\n      }\n      goalProgress {\n        goalId\n        progress\n      }\n      note\n    }\n    intakeScores {\n      takenAt\n      phq9 {\n        total\n        band\n        bandLabel\n        selfHarmItemPositive\n      }\n      gad7 {\n        total\n        band\n        bandLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGoals {\n    myGoals {\n      ...MyGoalsFields\n    }\n  }\n"): (typeof documents)["\n  query MyGoals {\n    myGoals {\n      ...MyGoalsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      ...MyGoalsFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddGoal($input: AddGoalInput!) {\n    addGoal(input: $input) {\n      ...MyGoalsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGoal($id: ID!) {\n    archiveGoal(id: $id) {\n      ...MyGoalsFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGoal($id: ID!) {\n    archiveGoal(id: $id) {\n      ...MyGoalsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGoalCheckIn($input: GoalCheckInInput!) {\n    addGoalCheckIn(input: $input) {\n      ...MyGoalsFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddGoalCheckIn($input: GoalCheckInInput!) {\n    addGoalCheckIn(input: $input) {\n      ...MyGoalsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientHome {\n    myBookings {\n      upcoming {\n        id\n        startsAt\n        status\n        therapist {\n          id\n          displayName\n        }\n        sessionType {\n          id\n          name\n        }\n      }\n    }\n    myIntake {\n      id\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ClientHome {\n    myBookings {\n      upcoming {\n        id\n        startsAt\n        status\n        therapist {\n          id\n          displayName\n        }\n        sessionType {\n          id\n          name\n        }\n      }\n    }\n    myIntake {\n      id\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistHomeProfile {\n    myTherapistProfile {\n      id\n      status\n      headline\n      bio\n      formats\n    }\n    myLicenses {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query TherapistHomeProfile {\n    myTherapistProfile {\n      id\n      status\n      headline\n      bio\n      formats\n    }\n    myLicenses {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistHomeSchedule {\n    myAvailability {\n      weeklyRules {\n        weekday\n      }\n    }\n    mySessionTypes {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  query TherapistHomeSchedule {\n    myAvailability {\n      weeklyRules {\n        weekday\n      }\n    }\n    mySessionTypes {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistHomeWeek($from: DateTime!, $to: DateTime!) {\n    therapistBookings(from: $from, to: $to) {\n      id\n      startsAt\n      status\n      client {\n        id\n        displayName\n      }\n      sessionType {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistHomeWeek($from: DateTime!, $to: DateTime!) {\n    therapistBookings(from: $from, to: $to) {\n      id\n      startsAt\n      status\n      client {\n        id\n        displayName\n      }\n      sessionType {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHome {\n    licenseReviewQueue {\n      waitingDays\n      license {\n        id\n      }\n    }\n    suspendedTherapists {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AdminHome {\n    licenseReviewQueue {\n      waitingDays\n      license {\n        id\n      }\n    }\n    suspendedTherapists {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeFields on Intake {\n    id\n    revision\n    updatedAt\n    concerns {\n      code\n      name\n      priority\n    }\n    goals\n    preferredModalities\n    jurisdiction\n    format\n    budgetMaxMinor\n    needsSlidingScale\n    insurance\n    languages\n    genderPreference\n    communities\n    ageGroup\n    preferredWeekdays\n    preferredDayParts\n    timeZone\n    phq9 {\n      answers\n      total\n      band\n      bandLabel\n      selfHarmItemPositive\n    }\n    gad7 {\n      answers\n      total\n      band\n      bandLabel\n    }\n    crisisFlagged\n    crisisResources {\n      name\n      action\n      href\n    }\n  }\n"): (typeof documents)["\n  fragment IntakeFields on Intake {\n    id\n    revision\n    updatedAt\n    concerns {\n      code\n      name\n      priority\n    }\n    goals\n    preferredModalities\n    jurisdiction\n    format\n    budgetMaxMinor\n    needsSlidingScale\n    insurance\n    languages\n    genderPreference\n    communities\n    ageGroup\n    preferredWeekdays\n    preferredDayParts\n    timeZone\n    phq9 {\n      answers\n      total\n      band\n      bandLabel\n      selfHarmItemPositive\n    }\n    gad7 {\n      answers\n      total\n      band\n      bandLabel\n    }\n    crisisFlagged\n    crisisResources {\n      name\n      action\n      href\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIntake {\n    myIntake {\n      ...IntakeFields\n    }\n    myIntakeDraft {\n      answers\n      stepIndex\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query MyIntake {\n    myIntake {\n      ...IntakeFields\n    }\n    myIntakeDraft {\n      answers\n      stepIndex\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIntake($input: SubmitIntakeInput!) {\n    submitIntake(input: $input) {\n      ...IntakeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIntake($input: SubmitIntakeInput!) {\n    submitIntake(input: $input) {\n      ...IntakeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveIntakeDraft($input: SaveIntakeDraftInput!) {\n    saveIntakeDraft(input: $input) {\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveIntakeDraft($input: SaveIntakeDraftInput!) {\n    saveIntakeDraft(input: $input) {\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LicenseFields on License {\n    id\n    licenseType\n    licenseTypeName\n    number\n    jurisdiction\n    jurisdictionName\n    expiresOn\n    npi\n    status\n    submittedAt\n    reviewedAt\n    rejectionReason\n  }\n"): (typeof documents)["\n  fragment LicenseFields on License {\n    id\n    licenseType\n    licenseTypeName\n    number\n    jurisdiction\n    jurisdictionName\n    expiresOn\n    npi\n    status\n    submittedAt\n    reviewedAt\n    rejectionReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLicenses {\n    myLicenses {\n      ...LicenseFields\n    }\n  }\n"): (typeof documents)["\n  query MyLicenses {\n    myLicenses {\n      ...LicenseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLicense($input: SubmitLicenseInput!) {\n    submitLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitLicense($input: SubmitLicenseInput!) {\n    submitLicense(input: $input) {\n      ...LicenseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalMailboxEnabled {\n    localMailboxEnabled\n  }\n"): (typeof documents)["\n  query LocalMailboxEnabled {\n    localMailboxEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalMailbox {\n    localMailbox {\n      id\n      receivedAt\n      from\n      to\n      subject\n      text\n      attachments {\n        index\n        filename\n        contentType\n        sizeBytes\n        downloadPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalMailbox {\n    localMailbox {\n      id\n      receivedAt\n      from\n      to\n      subject\n      text\n      attachments {\n        index\n        filename\n        contentType\n        sizeBytes\n        downloadPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TherapistMatchFields on TherapistMatch {\n    score\n    therapist {\n      id\n      displayName\n      pronouns\n      headline\n      photoUrl\n      feeMinor\n      slidingScale {\n        minMinor\n        maxMinor\n      }\n      formats\n      languages\n      acceptsNewClients\n      concerns {\n        code\n        name\n        level\n      }\n      modalities {\n        code\n        name\n      }\n    }\n    reasons {\n      code\n      text\n      weight\n    }\n    caveats {\n      code\n      text\n    }\n    nextSlots {\n      startsAt\n      localDate\n      localTime\n    }\n  }\n"): (typeof documents)["\n  fragment TherapistMatchFields on TherapistMatch {\n    score\n    therapist {\n      id\n      displayName\n      pronouns\n      headline\n      photoUrl\n      feeMinor\n      slidingScale {\n        minMinor\n        maxMinor\n      }\n      formats\n      languages\n      acceptsNewClients\n      concerns {\n        code\n        name\n        level\n      }\n      modalities {\n        code\n        name\n      }\n    }\n    reasons {\n      code\n      text\n      weight\n    }\n    caveats {\n      code\n      text\n    }\n    nextSlots {\n      startsAt\n      localDate\n      localTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchTherapists($input: SearchTherapistsInput!) {\n    searchTherapists(input: $input) {\n      total\n      totalIsCapped\n      nextCursor\n      engine\n      crisisResources {\n        name\n        action\n        href\n      }\n      notices {\n        code\n        text\n      }\n      emptyBecause {\n        filter\n        label\n        count\n      }\n      items {\n        ...TherapistMatchFields\n      }\n      facets {\n        concern {\n          value\n          count\n        }\n        modality {\n          value\n          count\n        }\n        language {\n          value\n          count\n        }\n        format {\n          value\n          count\n        }\n        priceBand {\n          value\n          count\n        }\n        gender {\n          value\n          count\n        }\n        community {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchTherapists($input: SearchTherapistsInput!) {\n    searchTherapists(input: $input) {\n      total\n      totalIsCapped\n      nextCursor\n      engine\n      crisisResources {\n        name\n        action\n        href\n      }\n      notices {\n        code\n        text\n      }\n      emptyBecause {\n        filter\n        label\n        count\n      }\n      items {\n        ...TherapistMatchFields\n      }\n      facets {\n        concern {\n          value\n          count\n        }\n        modality {\n          value\n          count\n        }\n        language {\n          value\n          count\n        }\n        format {\n          value\n          count\n        }\n        priceBand {\n          value\n          count\n        }\n        gender {\n          value\n          count\n        }\n        community {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIntakeState {\n    myIntake {\n      id\n      jurisdiction\n    }\n  }\n"): (typeof documents)["\n  query MyIntakeState {\n    myIntake {\n      id\n      jurisdiction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReceipts {\n    myReceipts {\n      id\n      bookingId\n      paidAt\n      sessionStartsAt\n      therapistName\n      sessionTypeName\n      amountMinor\n      refundedMinor\n      netPaidMinor\n      cardBrand\n      cardLast4\n      bookingStatus\n      superbillUrl\n    }\n  }\n"): (typeof documents)["\n  query MyReceipts {\n    myReceipts {\n      id\n      bookingId\n      paidAt\n      sessionStartsAt\n      therapistName\n      sessionTypeName\n      amountMinor\n      refundedMinor\n      netPaidMinor\n      cardBrand\n      cardLast4\n      bookingStatus\n      superbillUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEarnings($period: EarningsPeriod!) {\n    myEarnings(period: $period) {\n      period\n      rows {\n        ...EarningsRowFields\n      }\n      totals {\n        ...EarningsRowFields\n      }\n      payouts {\n        hasAccount\n        chargesEnabled\n        payoutsEnabled\n        availableMinor\n        pendingMinor\n        balanceNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEarnings($period: EarningsPeriod!) {\n    myEarnings(period: $period) {\n      period\n      rows {\n        ...EarningsRowFields\n      }\n      totals {\n        ...EarningsRowFields\n      }\n      payouts {\n        hasAccount\n        chargesEnabled\n        payoutsEnabled\n        availableMinor\n        pendingMinor\n        balanceNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EarningsRowFields on EarningsRow {\n    periodStart\n    periodEnd\n    paidSessions\n    refundedSessions\n    grossMinor\n    refundsMinor\n    platformFeeMinor\n    netMinor\n  }\n"): (typeof documents)["\n  fragment EarningsRowFields on EarningsRow {\n    periodStart\n    periodEnd\n    paidSessions\n    refundedSessions\n    grossMinor\n    refundsMinor\n    platformFeeMinor\n    netMinor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPaymentIssues {\n    adminPaymentIssues {\n      id\n      kind\n      bookingId\n      sessionStartsAt\n      bookingStatus\n      sessionTypeName\n      therapistName\n      clientName\n      clientEmail\n      amountMinor\n      refundedMinor\n      paymentStatus\n      lastError\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query AdminPaymentIssues {\n    adminPaymentIssues {\n      id\n      kind\n      bookingId\n      sessionStartsAt\n      bookingStatus\n      sessionTypeName\n      therapistName\n      clientName\n      clientEmail\n      amountMinor\n      refundedMinor\n      paymentStatus\n      lastError\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentMismatches {\n    paymentMismatches {\n      ...PaymentMismatchFields\n    }\n  }\n"): (typeof documents)["\n  query PaymentMismatches {\n    paymentMismatches {\n      ...PaymentMismatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentMismatchFields on PaymentMismatch {\n    id\n    stripeObjectId\n    reason\n    bookingId\n    therapistName\n    clientName\n    clientEmail\n    amountMinor\n    details\n    detectedAt\n    resolvedAt\n  }\n"): (typeof documents)["\n  fragment PaymentMismatchFields on PaymentMismatch {\n    id\n    stripeObjectId\n    reason\n    bookingId\n    therapistName\n    clientName\n    clientEmail\n    amountMinor\n    details\n    detectedAt\n    resolvedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolvePaymentMismatch($input: ResolvePaymentMismatchInput!) {\n    resolvePaymentMismatch(input: $input) {\n      id\n      resolvedAt\n      resolvedBy\n      resolutionNote\n    }\n  }\n"): (typeof documents)["\n  mutation ResolvePaymentMismatch($input: ResolvePaymentMismatchInput!) {\n    resolvePaymentMismatch(input: $input) {\n      id\n      resolvedAt\n      resolvedBy\n      resolutionNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunPaymentReconciliation {\n    runPaymentReconciliation {\n      examined\n      repaired\n      mismatches\n      failed\n    }\n  }\n"): (typeof documents)["\n  mutation RunPaymentReconciliation {\n    runPaymentReconciliation {\n      examined\n      repaired\n      mismatches\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPayoutStatus {\n    myPayoutStatus {\n      hasAccount\n      chargesEnabled\n      payoutsEnabled\n    }\n  }\n"): (typeof documents)["\n  query MyPayoutStatus {\n    myPayoutStatus {\n      hasAccount\n      chargesEnabled\n      payoutsEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPayoutOnboarding {\n    startPayoutOnboarding {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation StartPayoutOnboarding {\n    startPayoutOnboarding {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshPayoutStatus {\n    refreshPayoutStatus {\n      hasAccount\n      chargesEnabled\n      payoutsEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshPayoutStatus {\n    refreshPayoutStatus {\n      hasAccount\n      chargesEnabled\n      payoutsEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCheckout($bookingId: ID!) {\n    confirmCheckout(bookingId: $bookingId) {\n      id\n      status\n      paymentStatus\n      holdExpiresAt\n      startsAt\n      priceMinor\n      checkoutUrl\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmCheckout($bookingId: ID!) {\n    confirmCheckout(bookingId: $bookingId) {\n      id\n      status\n      paymentStatus\n      holdExpiresAt\n      startsAt\n      priceMinor\n      checkoutUrl\n      therapist {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayBookingNow($bookingId: ID!) {\n    payBookingNow(bookingId: $bookingId) {\n      checkoutUrl\n      dueBy\n    }\n  }\n"): (typeof documents)["\n  mutation PayBookingNow($bookingId: ID!) {\n    payBookingNow(bookingId: $bookingId) {\n      checkoutUrl\n      dueBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionTypeFields on SessionType {\n    id\n    name\n    kind\n    durationMinutes\n    priceMinor\n    formats\n    archived\n    cptCode\n    cptCodeIsDefault\n  }\n"): (typeof documents)["\n  fragment SessionTypeFields on SessionType {\n    id\n    name\n    kind\n    durationMinutes\n    priceMinor\n    formats\n    archived\n    cptCode\n    cptCodeIsDefault\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessionTypes {\n    mySessionTypes {\n      ...SessionTypeFields\n    }\n  }\n"): (typeof documents)["\n  query MySessionTypes {\n    mySessionTypes {\n      ...SessionTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSessionType($input: SessionTypeInput!) {\n    createSessionType(input: $input) {\n      ...SessionTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSessionType($input: SessionTypeInput!) {\n    createSessionType(input: $input) {\n      ...SessionTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSessionType($id: ID!, $input: SessionTypeInput!) {\n    updateSessionType(id: $id, input: $input) {\n      ...SessionTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSessionType($id: ID!, $input: SessionTypeInput!) {\n    updateSessionType(id: $id, input: $input) {\n      ...SessionTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveSessionType($id: ID!) {\n    archiveSessionType(id: $id) {\n      ...SessionTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveSessionType($id: ID!) {\n    archiveSessionType(id: $id) {\n      ...SessionTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreSessionType($id: ID!) {\n    restoreSessionType(id: $id) {\n      ...SessionTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreSessionType($id: ID!) {\n    restoreSessionType(id: $id) {\n      ...SessionTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileFormats {\n    myTherapistProfile {\n      id\n      formats\n    }\n  }\n"): (typeof documents)["\n  query ProfileFormats {\n    myTherapistProfile {\n      id\n      formats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taxonomy {\n    taxonomy {\n      version\n      concerns {\n        code\n        name\n        category\n        synonyms\n      }\n      modalities {\n        code\n        name\n        shortName\n        description\n      }\n      licenseTypes {\n        code\n        name\n        abbreviation\n        profession\n        canPrescribe\n      }\n      jurisdictions {\n        code\n        name\n        timeZone\n      }\n      communities {\n        code\n        label\n      }\n      languages {\n        code\n        label\n      }\n      ageGroups {\n        code\n        label\n        minAge\n        maxAge\n      }\n      payers {\n        id\n        name\n        aliases\n      }\n    }\n  }\n"): (typeof documents)["\n  query Taxonomy {\n    taxonomy {\n      version\n      concerns {\n        code\n        name\n        category\n        synonyms\n      }\n      modalities {\n        code\n        name\n        shortName\n        description\n      }\n      licenseTypes {\n        code\n        name\n        abbreviation\n        profession\n        canPrescribe\n      }\n      jurisdictions {\n        code\n        name\n        timeZone\n      }\n      communities {\n        code\n        label\n      }\n      languages {\n        code\n        label\n      }\n      ageGroups {\n        code\n        label\n        minAge\n        maxAge\n      }\n      payers {\n        id\n        name\n        aliases\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTherapistProfile {\n    myTherapistProfile {\n      ...TherapistProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyTherapistProfile {\n    myTherapistProfile {\n      ...TherapistProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTherapistProfile($input: UpdateTherapistProfileInput!) {\n    updateTherapistProfile(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTherapistProfile($input: UpdateTherapistProfileInput!) {\n    updateTherapistProfile(input: $input) {\n      ...TherapistProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TherapistProfileFields on TherapistProfile {\n    id\n    status\n    displayName\n    pronouns\n    headline\n    bio\n    photoUrl\n    yearsInPractice\n    gender\n    languages\n    formats\n    office {\n      address\n      latitude\n      longitude\n    }\n    ageGroups\n    communities\n    concerns {\n      code\n      name\n      level\n    }\n    modalities {\n      code\n      name\n      description\n    }\n    feeMinor\n    slidingScale {\n      minMinor\n      maxMinor\n    }\n    insuranceAccepted\n    insurancePlans {\n      id\n      name\n    }\n    insuranceUnmatched\n    acceptsNewClients\n    licenses {\n      licenseType\n      licenseTypeName\n      jurisdiction\n      jurisdictionName\n      status\n      verifiedAt\n      expiresOn\n    }\n    suspensionReason\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment TherapistProfileFields on TherapistProfile {\n    id\n    status\n    displayName\n    pronouns\n    headline\n    bio\n    photoUrl\n    yearsInPractice\n    gender\n    languages\n    formats\n    office {\n      address\n      latitude\n      longitude\n    }\n    ageGroups\n    communities\n    concerns {\n      code\n      name\n      level\n    }\n    modalities {\n      code\n      name\n      description\n    }\n    feeMinor\n    slidingScale {\n      minMinor\n      maxMinor\n    }\n    insuranceAccepted\n    insurancePlans {\n      id\n      name\n    }\n    insuranceUnmatched\n    acceptsNewClients\n    licenses {\n      licenseType\n      licenseTypeName\n      jurisdiction\n      jurisdictionName\n      status\n      verifiedAt\n      expiresOn\n    }\n    suspensionReason\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Therapist($id: ID!) {\n    therapist(id: $id) {\n      ...TherapistProfileFields\n    }\n  }\n"): (typeof documents)["\n  query Therapist($id: ID!) {\n    therapist(id: $id) {\n      ...TherapistProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWaitlist {\n    myWaitlist {\n      id\n      therapistId\n      weekdays\n      dayParts\n      offeredBookingId\n    }\n  }\n"): (typeof documents)["\n  query MyWaitlist {\n    myWaitlist {\n      id\n      therapistId\n      weekdays\n      dayParts\n      offeredBookingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      id\n      therapistId\n      weekdays\n      dayParts\n      offeredBookingId\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitlist($input: JoinWaitlistInput!) {\n    joinWaitlist(input: $input) {\n      id\n      therapistId\n      weekdays\n      dayParts\n      offeredBookingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id)\n  }\n"): (typeof documents)["\n  mutation LeaveWaitlist($id: ID!) {\n    leaveWaitlist(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;