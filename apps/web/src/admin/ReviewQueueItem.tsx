import { Anchor, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeGraphqlError, type DescribedError } from '../app/describe-graphql-error';
import { therapistPath } from '../app/paths';
import type { LicenseReviewQueueQuery } from '../gql/graphql';
import { ErrorAlert } from '../layout/ErrorAlert';
import { rejectLicenseMutation, verifyLicenseMutation } from './admin.operations';
import { DANGER_COLOR } from './danger-color';
import { LicenseDetails } from './LicenseDetails';
import { ReasonModal } from './ReasonModal';

export type ReviewQueueEntry = LicenseReviewQueueQuery['licenseReviewQueue'][number];

interface ReviewQueueItemProps {
  item: ReviewQueueEntry;
  /** Called after the license was verified or rejected, with a sentence saying so. */
  onReviewed(title: string, text: string): void;
}

function waitingText(days: number): string {
  if (days === 0) return 'Submitted today';
  return days === 1 ? 'Waiting 1 day' : `Waiting ${days} days`;
}

/** The state board's public lookup for this license, to check the number before verifying. Opens in a new tab. */
function BoardLookupLink({ item }: { item: ReviewQueueEntry }) {
  if (!item.boardLookupUrl) return <Text size="sm">No board lookup is on file for {item.license.jurisdictionName}: check with the state's licensing board.</Text>;
  return (
    <Text size="sm">
      <Anchor href={item.boardLookupUrl} target="_blank" rel="noopener noreferrer">
        Look up license {item.license.number} with the {item.boardName ?? `${item.license.jurisdictionName} licensing board`} (opens in a new tab)
      </Anchor>
    </Text>
  );
}

export function ReviewQueueItem({ item, onReviewed }: ReviewQueueItemProps) {
  const headingId = useId();
  const { license } = item;
  const [rejectOpened, { open: openReject, close: closeReject }] = useDisclosure(false);
  const [verifyOpened, { open: openVerify, close: closeVerify }] = useDisclosure(false);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [{ fetching: verifying }, verify] = useMutation(verifyLicenseMutation);
  const [, reject] = useMutation(rejectLicenseMutation);
  const what = `${item.therapistName}'s ${license.licenseType} license in ${license.jurisdictionName}`;

  async function handleVerify() {
    setVerifyError(null);
    const result = await verify({ licenseId: license.id });
    closeVerify();
    if (result.error) {
      setVerifyError(describeGraphqlError(result.error).message);
      return;
    }
    onReviewed('License verified', `Verified ${what}.`);
  }

  async function handleReject(reason: string): Promise<DescribedError | null> {
    const result = await reject({ input: { licenseId: license.id, reason } });
    if (result.error) return describeGraphqlError(result.error, ['reason']);
    onReviewed('License rejected', `Rejected ${what}. They will see your reason on their Licenses page.`);
    return null;
  }

  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {item.therapistName}
            </Title>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {item.therapistEmail}
            </Text>
          </div>
          <Text size="sm" fw={600}>
            {waitingText(item.waitingDays)}
          </Text>
        </Group>
        {item.headline && <Text>{item.headline}</Text>}
        <LicenseDetails license={license} />
        <Text size="sm">
          {item.otherLicenses === 0
            ? 'No other licenses on file.'
            : `${item.otherLicenses} other license${item.otherLicenses === 1 ? '' : 's'} on file.`}{' '}
          <Anchor component={Link} to={therapistPath(item.therapistId)}>
            View {item.therapistName}'s profile
          </Anchor>
        </Text>
        <BoardLookupLink item={item} />
        <ErrorAlert title="We couldn't verify this license" message={verifyError} />
        <Group gap="sm">
          <Button onClick={openVerify} aria-describedby={headingId}>
            Verify license…
          </Button>
          <Button variant="outline" color={DANGER_COLOR} onClick={openReject} aria-describedby={headingId}>
            Reject…
          </Button>
        </Group>
      </Stack>
      <Modal opened={verifyOpened} onClose={closeVerify} title="Verify license?" centered closeButtonProps={{ 'aria-label': 'Cancel' }}>
        <Stack gap="md">
          <Text>
            {`You're verifying ${what} (number ${license.number}). Check it against the state board's record first: once verified, clients in ${license.jurisdictionName} can find and book ${item.therapistName}.`}
          </Text>
          <BoardLookupLink item={item} />
          <Group justify="flex-end" gap="sm" wrap="wrap">
            <Button variant="default" onClick={closeVerify}>
              Not yet
            </Button>
            <Button onClick={handleVerify} loading={verifying}>
              Verify license
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ReasonModal
        opened={rejectOpened}
        onClose={closeReject}
        title="Reject license"
        reasonLabel="Reason for rejecting"
        confirmLabel="Reject license"
        confirmColor={DANGER_COLOR}
        onConfirm={handleReject}
      >
        {`You're rejecting ${what} (number ${license.number}). Say what was wrong and what they can do about it.`}
      </ReasonModal>
    </Paper>
  );
}
