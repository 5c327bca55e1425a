import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatCalendarDate, formatInstantDate } from '../format/dates';
import type { LicenseFieldsFragment } from '../gql/graphql';
import { LicenseStatusBadge } from '../therapists/LicenseStatusBadge';

function statusExplanation(license: LicenseFieldsFragment): string {
  switch (license.status) {
    case 'SUBMITTED':
      return 'An admin is checking this license with the state board.';
    case 'VERIFIED':
      return license.reviewedAt ? `Verified on ${formatInstantDate(license.reviewedAt)}.` : 'Verified.';
    case 'REJECTED':
      return 'An admin could not verify this license.';
    case 'EXPIRED':
      return 'This license has passed its expiry date. Submit your renewed license to stay listed.';
  }
}

/** One of the therapist's own licenses: its facts, status in words, and any rejection reason. */
export function LicenseItem({ license }: { license: LicenseFieldsFragment }) {
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h5">
            {license.licenseTypeName}, {license.jurisdictionName}
          </Title>
          <LicenseStatusBadge status={license.status} />
        </Group>
        <Text size="sm">
          Number {license.number} · Expires {formatCalendarDate(license.expiresOn)}
          {license.npi ? ` · NPI ${license.npi}` : ''}
        </Text>
        <Text size="sm">{statusExplanation(license)}</Text>
        {license.status === 'REJECTED' && license.rejectionReason && (
          <Alert
            color="red"
            variant="light"
            title="Why it was rejected"
            role="note"
            styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}
          >
            <Text>{license.rejectionReason}</Text>
            <Text size="sm" mt={4}>
              Fix what's described and submit the license again above.
            </Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
