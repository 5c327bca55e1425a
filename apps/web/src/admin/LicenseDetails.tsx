import { SimpleGrid, Text } from '@mantine/core';
import { formatCalendarDate, formatInstant } from '../format/dates';
import type { LicenseFieldsFragment } from '../gql/graphql';

/** A license's facts as a description list (what an admin checks against the board's lookup). */
export function LicenseDetails({ license }: { license: LicenseFieldsFragment }) {
  const facts: [string, string][] = [
    ['License', `${license.licenseTypeName} (${license.licenseType})`],
    ['State', license.jurisdictionName],
    ['Number', license.number],
    ['Expires', formatCalendarDate(license.expiresOn)],
    ['NPI', license.npi ?? 'Not given'],
    ['Submitted', formatInstant(license.submittedAt)],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4} m={0}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" size="sm" c="dimmed">
            {term}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
