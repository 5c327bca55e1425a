import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState, type ReactNode } from 'react';
import type { DescribedError } from '../app/describe-graphql-error';
import { ErrorAlert } from '../layout/ErrorAlert';

export const REASON_LENGTH = { min: 5, max: 500 } as const;

interface ReasonModalProps {
  opened: boolean;
  onClose(): void;
  title: string;
  /** What the action does, in a sentence or two. */
  children: ReactNode;
  reasonLabel?: string;
  /** Who reads the reason, in a sentence; by default the therapist. */
  readBy?: string;
  /** Said when nothing is given. */
  emptyMessage?: string;
  /** Said before the allowed length when the text is too short or long. */
  lengthMessage?: string;
  confirmLabel: string;
  confirmColor?: string;
  /**
   * Runs the action; resolves to null when done (the modal then closes, leaving focus
   * where the caller put it, e.g. on a confirmation), or to what went wrong.
   */
  onConfirm(reason: string): Promise<DescribedError | null>;
}

/** Asks for the reason (or note) an admin action needs (5–500 characters, by default read by the therapist) and runs it. */
export function ReasonModal({ opened, onClose, title, children, reasonLabel = 'Reason', readBy = 'The therapist will read this.', emptyMessage = 'Give a reason: the therapist will read it.', lengthMessage = 'Give a reason of', confirmLabel, confirmColor, onConfirm }: ReasonModalProps) {
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  // After a success the trigger button may be gone and a confirmation holds focus:
  // the modal must not pull focus back to the trigger as it closes.
  const [succeeded, setSucceeded] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: (value: string) => {
        const length = value.trim().length;
        if (length === 0) return emptyMessage;
        return length < REASON_LENGTH.min || length > REASON_LENGTH.max
          ? `${lengthMessage} ${REASON_LENGTH.min}–${REASON_LENGTH.max} characters.`
          : null;
      },
    },
  });
  const { reset } = form;

  useEffect(() => {
    if (opened) {
      reset();
      setFormError(null);
      setSucceeded(false);
    }
  }, [opened, reset]);

  async function handleSubmit({ reason }: { reason: string }) {
    setSubmitting(true);
    setFormError(null);
    const problem = await onConfirm(reason.trim());
    setSubmitting(false);
    if (!problem) {
      setSucceeded(true);
      onClose();
      return;
    }
    if (problem.fieldErrors.reason) form.setFieldError('reason', problem.fieldErrors.reason);
    setFormError(problem.message);
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      size="lg"
      returnFocus={!succeeded}
      closeButtonProps={{ 'aria-label': 'Cancel' }}
    >
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
        <Stack gap="md">
          <Text>{children}</Text>
          <ErrorAlert title="That didn't work" message={formError} />
          <Textarea
            label={reasonLabel}
            description={`${readBy} ${REASON_LENGTH.min}–${REASON_LENGTH.max} characters.`}
            required
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Text size="sm" c="dimmed">
            {form.values.reason.trim().length} of {REASON_LENGTH.max} characters
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={submitting}>
              Cancel
            </Button>
            <Button type="submit" color={confirmColor} loading={submitting}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
