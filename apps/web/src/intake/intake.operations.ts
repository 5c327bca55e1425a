import { graphql } from '../gql';

/** Everything the wizard needs to pre-fill a revision, plus the scored screeners. */
export const intakeFields = graphql(`
  fragment IntakeFields on Intake {
    id
    revision
    updatedAt
    concerns {
      code
      name
      priority
    }
    goals
    preferredModalities
    jurisdiction
    format
    budgetMaxMinor
    needsSlidingScale
    insurance
    languages
    genderPreference
    communities
    ageGroup
    preferredWeekdays
    preferredDayParts
    timeZone
    phq9 {
      answers
      total
      band
      bandLabel
      selfHarmItemPositive
    }
    gad7 {
      answers
      total
      band
      bandLabel
    }
    crisisFlagged
    crisisResources {
      name
      action
      href
    }
  }
`);

export const myIntakeQuery = graphql(`
  query MyIntake {
    myIntake {
      ...IntakeFields
    }
    myIntakeDraft {
      answers
      stepIndex
      updatedAt
    }
  }
`);

export const submitIntakeMutation = graphql(`
  mutation SubmitIntake($input: SubmitIntakeInput!) {
    submitIntake(input: $input) {
      ...IntakeFields
    }
  }
`);

export const saveIntakeDraftMutation = graphql(`
  mutation SaveIntakeDraft($input: SaveIntakeDraftInput!) {
    saveIntakeDraft(input: $input) {
      updatedAt
    }
  }
`);
