import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { browserTimeZone } from '../auth/time-zones';
import { CrisisLink } from '../crisis/CrisisLink';
import { formatInstantDate } from '../format/dates';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageLoader } from '../layout/PageLoader';
import { useTaxonomy } from '../taxonomy/use-taxonomy';
import { emptyDraft } from './intake-draft';
import { draftFromIntake } from './intake-input';
import { stepFromSearch } from './intake-step-link';
import { draftFromServer, loadStoredDraft, type StoredIntakeDraft } from './intake-storage';
import { myIntakeQuery } from './intake.operations';
import { IntakeWizard } from './IntakeWizard';

// Always ask the server: the intake may have been revised in another tab.
const CONTEXT = { requestPolicy: 'network-only' as const };

/**
 * A signed-in client's intake: an unfinished draft from this tab first, else the one
 * kept on the server (another tab or device), else the saved intake to revise, else a
 * blank one. `?step=cost` opens that step (the "Update your answers" links).
 */
export function ClientIntake({ userId }: { userId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: myIntakeQuery, context: CONTEXT });
  const { taxonomy, error: taxonomyError } = useTaxonomy();
  const saved = data?.myIntake ?? null;
  const [searchParams] = useSearchParams();
  const linkedStep = stepFromSearch(searchParams);
  const ready = data !== undefined && taxonomy !== null;

  const initial = useMemo<StoredIntakeDraft | null>(() => {
    if (!ready) return null;
    const fallback = saved ? draftFromIntake(saved) : emptyDraft(browserTimeZone());
    const serverDraft = data?.myIntakeDraft ? draftFromServer(data.myIntakeDraft, fallback) : null;
    const resumed = loadStoredDraft(userId, fallback) ?? serverDraft ?? { stepIndex: 0, draft: fallback };
    return linkedStep === null ? resumed : { ...resumed, stepIndex: linkedStep };
    // Computed once the data arrives; later refetches must not reset answers being edited.
  }, [ready, userId, linkedStep]);

  const loadError = error ?? taxonomyError;
  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <Title order={1}>{saved ? 'Update your answers' : 'Let’s find a therapist who fits you'}</Title>
        <Text>
          {saved
            ? `You last updated these on ${formatInstantDate(saved.updatedAt)}. Your matches change as soon as you submit.`
            : 'A few short steps, about five minutes. Answer only what you’re comfortable with, and go back whenever you like.'}
        </Text>
        <CrisisLink />
      </Stack>
      {loadError && !ready && <ErrorAlert title="We couldn't load your answers" message={describeGraphqlError(loadError).message} />}
      {!ready && fetching && <PageLoader label="Loading your answers" />}
      {initial && taxonomy && <IntakeWizard key={linkedStep ?? 'resume'} userId={userId} taxonomy={taxonomy} initial={initial} />}
    </Stack>
  );
}
