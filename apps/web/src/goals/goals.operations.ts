import { graphql } from '../gql';

export const myGoalsFields = graphql(`
  fragment MyGoalsFields on MyGoals {
    goals {
      id
      text
      createdAt
      archived
    }
    checkIns {
      id
      createdAt
      phq9 {
        total
        band
        bandLabel
        selfHarmItemPositive
      }
      gad7 {
        total
        band
        bandLabel
      }
      goalProgress {
        goalId
        progress
      }
      note
    }
    intakeScores {
      takenAt
      phq9 {
        total
        band
        bandLabel
        selfHarmItemPositive
      }
      gad7 {
        total
        band
        bandLabel
      }
    }
  }
`);

export const myGoalsQuery = graphql(`
  query MyGoals {
    myGoals {
      ...MyGoalsFields
    }
  }
`);

export const addGoalMutation = graphql(`
  mutation AddGoal($input: AddGoalInput!) {
    addGoal(input: $input) {
      ...MyGoalsFields
    }
  }
`);

export const archiveGoalMutation = graphql(`
  mutation ArchiveGoal($id: ID!) {
    archiveGoal(id: $id) {
      ...MyGoalsFields
    }
  }
`);

export const addGoalCheckInMutation = graphql(`
  mutation AddGoalCheckIn($input: GoalCheckInInput!) {
    addGoalCheckIn(input: $input) {
      ...MyGoalsFields
    }
  }
`);
