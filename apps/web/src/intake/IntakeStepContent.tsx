import type { IntakeStepId } from './intake-steps';
import type { StepProps } from './step-props';
import { ApproachStep } from './steps/ApproachStep';
import { ConcernsStep } from './steps/ConcernsStep';
import { CostStep } from './steps/CostStep';
import { GoalsStep } from './steps/GoalsStep';
import { PlaceStep } from './steps/PlaceStep';
import { ReviewStep } from './steps/ReviewStep';
import { ScheduleStep } from './steps/ScheduleStep';
import { ScreenerStep } from './steps/ScreenerStep';
import { TherapistStep } from './steps/TherapistStep';

/** The questions of one step. */
export function IntakeStepContent({ step, onEdit, ...props }: StepProps & { step: IntakeStepId; onEdit(step: IntakeStepId): void }) {
  switch (step) {
    case 'concerns':
      return <ConcernsStep {...props} />;
    case 'goals':
      return <GoalsStep {...props} />;
    case 'approach':
      return <ApproachStep {...props} />;
    case 'place':
      return <PlaceStep {...props} />;
    case 'cost':
      return <CostStep {...props} />;
    case 'therapist':
      return <TherapistStep {...props} />;
    case 'schedule':
      return <ScheduleStep {...props} />;
    case 'phq9':
    case 'gad7':
      return <ScreenerStep kind={step} {...props} />;
    case 'review':
      return <ReviewStep onEdit={onEdit} {...props} />;
  }
}
