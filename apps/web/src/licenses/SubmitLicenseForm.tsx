import { Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeGraphqlError } from '../app/describe-graphql-error';
import { todayIsoDate } from '../format/dates';
import { ErrorAlert } from '../layout/ErrorAlert';
import { useFocusFirstError } from '../layout/focus-first-error';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';
import { EMPTY_LICENSE_FORM, LICENSE_FORM_FIELDS, licenseValidation, toSubmitLicenseInput, type LicenseFormValues } from './license-form';
import { licenseTypeOptions, jurisdictionOptions } from './license-options';
import { submitLicenseMutation } from './licenses.operations';

interface SubmitLicenseFormProps {
  taxonomy: TaxonomyLookups;
  onSubmitted(summary: string): void;
}

export function SubmitLicenseForm({ taxonomy, onSubmitted }: SubmitLicenseFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, submitLicense] = useMutation(submitLicenseMutation);
  const typeOptions = useMemo(() => licenseTypeOptions(taxonomy), [taxonomy]);
  const stateOptions = useMemo(() => jurisdictionOptions(taxonomy), [taxonomy]);
  const form = useForm<LicenseFormValues>({
    mode: 'controlled',
    initialValues: EMPTY_LICENSE_FORM,
    validate: licenseValidation,
    validateInputOnBlur: true,
  });

  async function handleSubmit(values: LicenseFormValues) {
    setFormError(null);
    const result = await submitLicense({ input: toSubmitLicenseInput(values) });
    if (result.data) {
      const license = result.data.submitLicense;
      form.reset();
      onSubmitted(`${license.licenseTypeName} in ${license.jurisdictionName} (number ${license.number})`);
      return;
    }
    if (!result.error) return;
    const { fieldErrors, message } = describeGraphqlError(result.error, LICENSE_FORM_FIELDS);
    form.setErrors(fieldErrors);
    setFormError(message);
    focusFirstError();
  }

  return (
    <form ref={formRef} onSubmit={form.onSubmit(handleSubmit, focusFirstError)} noValidate>
      <Stack gap="md">
        <ErrorAlert title="We couldn't submit this license" message={formError} />
        <NativeSelect
          label="License type"
          description="Grouped by profession."
          required
          data={typeOptions}
          {...form.getInputProps('licenseType')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="State"
            description="The state board that issued it."
            required
            data={stateOptions}
            {...form.getInputProps('jurisdiction')}
          />
          <TextInput
            label="License number"
            description="Exactly as the board printed it."
            required
            autoComplete="off"
            {...form.getInputProps('number')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Expires on" type="date" required min={todayIsoDate()} {...form.getInputProps('expiresOn')} />
          <TextInput
            label="NPI (optional)"
            description="Your 10-digit National Provider Identifier from NPPES. It helps us verify you faster."
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            {...form.getInputProps('npi')}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={fetching}>
            Submit license for review
          </Button>
        </div>
      </Stack>
    </form>
  );
}
