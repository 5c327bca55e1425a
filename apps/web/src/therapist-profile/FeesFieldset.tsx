import { Fieldset, NumberInput, SimpleGrid, Stack, Switch, TagsInput } from '@mantine/core';
import type { ProfileForm } from './profile-form-values';
import { PROFILE_LIMITS } from './profile-validation';

const DOLLARS = { prefix: '$', decimalScale: 2, min: 0, thousandSeparator: ',', allowNegative: false, hideControls: true } as const;

export function FeesFieldset({ form }: { form: ProfileForm }) {
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
        <TagsInput
          label="Insurance plans accepted"
          description="Optional. Type a plan's name and press Enter. Leave empty if you are out of network."
          maxTags={PROFILE_LIMITS.insurancePlans}
          clearable
          {...form.getInputProps('insuranceAccepted')}
        />
        <Switch
          label="Accepting new clients"
          description="Turn off when your caseload is full: new clients won't be matched with you until you turn it back on."
          {...form.getInputProps('acceptsNewClients', { type: 'checkbox' })}
        />
      </Stack>
    </Fieldset>
  );
}
