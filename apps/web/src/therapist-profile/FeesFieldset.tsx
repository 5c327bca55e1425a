import { Alert, CloseButton, Fieldset, Group, List, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { payerFilter, payerOptions } from '../taxonomy/payer-options';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import type { ProfileForm } from './profile-form-values';
import { PROFILE_LIMITS } from './profile-validation';

const DOLLARS = { prefix: '$', decimalScale: 2, min: 0, thousandSeparator: ',', allowNegative: false, hideControls: true } as const;

export function FeesFieldset({ form, taxonomy }: { form: ProfileForm; taxonomy: TaxonomyLookups }) {
  const unmatched = form.values.insuranceUnmatched;
  return (
    <Fieldset legend="Fees and availability">
      <Stack gap="md">
        <NumberInput
          label="Standard session fee (USD)"
          description="For a standard individual session, in dollars."
          max={PROFILE_LIMITS.maxFeeDollars}
          {...DOLLARS}
          {...form.getInputProps('feeDollars')}
        />
        <Switch label="I offer a sliding scale" description="Lower fees for clients who need them." {...form.getInputProps('offersSlidingScale', { type: 'checkbox' })} />
        {form.values.offersSlidingScale && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label="Lowest fee (USD)" required {...DOLLARS} {...form.getInputProps('slidingMinDollars')} />
            <NumberInput
              label="Highest fee (USD)"
              description="No higher than your standard fee."
              required
              {...DOLLARS}
              {...form.getInputProps('slidingMaxDollars')}
            />
          </SimpleGrid>
        )}
        <MultiSelect
          label="Insurance plans accepted"
          description="Optional. Choose each insurer you are in network with; search by any name, like BCBS or Optum. Leave empty if you are out of network."
          placeholder={form.values.insuranceAccepted.length ? undefined : 'Search insurers'}
          data={payerOptions(taxonomy)}
          filter={payerFilter(taxonomy)}
          searchable
          clearable
          hidePickedOptions
          maxValues={PROFILE_LIMITS.insurancePlans}
          nothingFoundMessage="No insurer by that name"
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('insuranceAccepted')}
        />
        {unmatched.length > 0 && (
          <Alert color="yellow" variant="light" title="Plans to choose again" role="note" styles={{ title: { color: 'var(--mantine-color-dark-8)' }, message: { color: 'var(--mantine-color-dark-8)' } }} data-insurance-unmatched>
            <Text size="sm">
              Your profile listed these plans by name, and we could not match them to an insurer on our list. Choose them
              above if they are there, then remove each one here. Until then they are not shown to clients.
            </Text>
            <List size="sm" mt="xs" spacing={4} listStyleType="none">
              {unmatched.map((name) => (
                <List.Item key={name}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {name}
                    </Text>
                    <CloseButton
                      size="sm"
                      aria-label={`Remove “${name}”`}
                      onClick={() => form.setFieldValue('insuranceUnmatched', unmatched.filter((each) => each !== name))}
                    />
                  </Group>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Switch
          label="Accepting new clients"
          description="Turn off when your caseload is full: new clients won't be matched with you until you turn it back on."
          {...form.getInputProps('acceptsNewClients', { type: 'checkbox' })}
        />
      </Stack>
    </Fieldset>
  );
}
