import { Paper, Stack } from '@mantine/core';
import { useEffect, useId, useReducer, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { paths } from '../app/paths';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import type { IntakeDraft } from './intake-draft';
import { toSubmitInput } from './intake-input';
import { submitIntakeMutation } from './intake.operations';
import { useServerDraft } from './use-server-draft';
import { mapIntakeServerError } from './intake-server-errors';
import { INTAKE_STEPS, LAST_STEP_INDEX, stepIndexOf, type IntakeStepId } from './intake-steps';
import { clearStoredDraft, saveStoredDraft, type StoredIntakeDraft } from './intake-storage';
import { IntakeStepContent } from './IntakeStepContent';
import { firstInvalidStep, validateStep } from './intake-validation';
import { StepHeading } from './StepHeading';
import { wizardReducer, type WizardState } from './wizard-reducer';
import { WizardNav } from './WizardNav';
import { WizardProgress } from './WizardProgress';

interface IntakeWizardProps {
  userId: string;
  taxonomy: TaxonomyLookups;
  initial: StoredIntakeDraft;
}

function initialState(initial: StoredIntakeDraft): WizardState {
  return { stepIndex: Math.min(Math.max(0, initial.stepIndex), LAST_STEP_INDEX), draft: initial.draft, errors: {} };
}

/**
 * The intake, one group of questions per step. Answers live in one reducer and in
 * sessionStorage, so Back, Next and a reload never lose them, and are saved to the
 * server as the client goes, so a new tab or device opens where they left off; each step is checked
 * before moving on, and the server's objections are pinned to the step they concern.
 */
export function IntakeWizard({ userId, taxonomy, initial }: IntakeWizardProps) {
  const [state, dispatch] = useReducer(wizardReducer, initial, initialState);
  const [{ fetching }, submitIntake] = useMutation(submitIntakeMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const errorRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const navigate = useNavigate();
  const step = INTAKE_STEPS[state.stepIndex];

  const serverDraft = useServerDraft(initial);

  useEffect(() => {
    const stored = { stepIndex: state.stepIndex, draft: state.draft };
    saveStoredDraft(userId, stored);
    serverDraft.save(stored);
  }, [userId, state.stepIndex, state.draft, serverDraft]);

  function update(patch: Partial<IntakeDraft>) {
    dispatch({ type: 'update', patch });
  }

  function goTo(stepId: IntakeStepId) {
    setFormError(null);
    dispatch({ type: 'goTo', stepIndex: stepIndexOf(stepId) });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateStep(step.id, state.draft);
    if (Object.keys(errors).length > 0) {
      dispatch({ type: 'showErrors', errors });
      focusFirstError();
      return;
    }
    if (step.id !== 'review') {
      dispatch({ type: 'goTo', stepIndex: state.stepIndex + 1 });
      return;
    }
    const invalid = firstInvalidStep(state.draft);
    if (invalid) {
      dispatch({ type: 'showErrors', errors: invalid.errors, stepIndex: stepIndexOf(invalid.step) });
      focusFirstError();
      return;
    }
    await submit();
  }

  async function submit() {
    setFormError(null);
    // Submitting deletes the server's draft: a save still waiting must not bring it back.
    serverDraft.stop();
    const result = await submitIntake({ input: toSubmitInput(state.draft) });
    if (result.error) serverDraft.resume();
    if (!result.error) {
      clearStoredDraft(userId);
      navigate(paths.matches);
      return;
    }
    const mapped = mapIntakeServerError(result.error, state.draft);
    if (mapped) {
      dispatch({ type: 'showErrors', errors: mapped.errors, stepIndex: stepIndexOf(mapped.step) });
      focusFirstError();
      return;
    }
    setFormError(describeGraphqlError(result.error).message);
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  return (
    <Stack gap="lg">
      <WizardProgress stepIndex={state.stepIndex} stepCount={INTAKE_STEPS.length} stepTitle={step.title} />
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
        <form ref={formRef} onSubmit={handleSubmit} noValidate aria-labelledby={headingId}>
          <Stack gap="lg">
            <StepHeading id={headingId} stepIndex={state.stepIndex}>
              {step.title}
            </StepHeading>
            <IntakeStepContent
              step={step.id}
              draft={state.draft}
              errors={state.errors}
              update={update}
              taxonomy={taxonomy}
              onEdit={goTo}
            />
            <div ref={errorRef} tabIndex={-1}>
              <ErrorAlert title="We couldn't save your answers" message={formError} />
            </div>
            <WizardNav
              isFirst={state.stepIndex === 0}
              isLast={state.stepIndex === LAST_STEP_INDEX}
              submitting={fetching}
              onBack={() => dispatch({ type: 'goTo', stepIndex: state.stepIndex - 1 })}
            />
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
