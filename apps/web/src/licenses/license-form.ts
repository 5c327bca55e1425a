import type { FormValidateInput } from '@mantine/form';
import { npiProblem } from '@rapport/domain/npi';
import { todayIsoDate } from '../format/dates';
import type { SubmitLicenseInput } from '../gql/graphql';

export interface LicenseFormValues {
  licenseType: string;
  jurisdiction: string;
  number: string;
  expiresOn: string;
  npi: string;
}

export const EMPTY_LICENSE_FORM: LicenseFormValues = { licenseType: '', jurisdiction: '', number: '', expiresOn: '', npi: '' };

/** Fields the API names in `extensions.field` for this form. */
export const LICENSE_FORM_FIELDS = ['licenseType', 'jurisdiction', 'number', 'expiresOn', 'npi'] as const;

// Mirrors SubmitLicenseInput's rules in the API.
export const licenseValidation: FormValidateInput<LicenseFormValues> = {
  licenseType: (value) => (value ? null : 'Choose the type of license.'),
  jurisdiction: (value) => (value ? null : 'Choose the state that issued it.'),
  number: (value) => {
    const number = value.trim();
    if (number === '') return 'Enter the license number.';
    if (number.length < 2 || number.length > 30) return 'License number must be 2–30 characters.';
    return /^[A-Za-z0-9][A-Za-z0-9 .\-/]*$/.test(number)
      ? null
      : 'License number may contain letters, digits, spaces, dots, dashes and slashes.';
  },
  expiresOn: (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Enter the expiry date.';
    return value <= todayIsoDate() ? 'This license has already expired. Submit a current license.' : null;
  },
  // The NPI is optional; when given, the API's own check shows a typo while typing.
  npi: (value) => {
    const npi = withoutSeparators(value);
    return npi === '' ? null : npiProblem(npi);
  },
};

export function toSubmitLicenseInput(values: LicenseFormValues): SubmitLicenseInput {
  const npi = withoutSeparators(values.npi);
  return {
    licenseType: values.licenseType,
    jurisdiction: values.jurisdiction,
    number: values.number.trim(),
    expiresOn: values.expiresOn,
    npi: npi === '' ? null : npi,
  };
}

// People group an NPI's digits with spaces or dashes; the NPI itself is the digits.
function withoutSeparators(npi: string): string {
  return npi.replace(/[\s-]/g, '');
}
