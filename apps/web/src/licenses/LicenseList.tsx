import { Stack, Text } from '@mantine/core';
import type { LicenseFieldsFragment } from '../gql/graphql';
import { LicenseItem } from './LicenseItem';

export function LicenseList({ licenses }: { licenses: readonly LicenseFieldsFragment[] }) {
  if (licenses.length === 0) return <Text>You haven't submitted a license yet.</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {licenses.map((license) => (
        <LicenseItem key={license.id} license={license} />
      ))}
    </Stack>
  );
}
