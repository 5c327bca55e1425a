import { centsToDollars, dollarsToCents } from '../format/money';
import type { SessionFormat, SessionKind, SessionTypeFieldsFragment, SessionTypeInput } from '../gql/graphql';

export interface SessionTypeFormValues {
  name: string;
  kind: SessionKind;
  durationMinutes: number | string;
  /** Dollars as typed; cents travel to the API. */
  priceDollars: number | string;
  formats: SessionFormat[];
  /** The therapist's own CPT code for superbills; blank: the default from kind and length. */
  cptCode: string;
}

export const SESSION_TYPE_LIMITS = {
  name: { min: 2, max: 80 },
  duration: { min: 15, max: 240 },
  maxPriceDollars: 100_000,
} as const;

/** Form fields server errors can land on (API name → form name). */
export const SESSION_TYPE_FIELD_OF: Record<string, keyof SessionTypeFormValues> = {
  name: 'name',
  kind: 'kind',
  durationMinutes: 'durationMinutes',
  priceMinor: 'priceDollars',
  formats: 'formats',
  cptCode: 'cptCode',
};

export const NEW_SESSION_TYPE: SessionTypeFormValues = {
  name: '',
  kind: 'INDIVIDUAL',
  durationMinutes: 50,
  priceDollars: '',
  formats: ['VIDEO'],
  cptCode: '',
};

export function sessionTypeFormValues(sessionType: SessionTypeFieldsFragment): SessionTypeFormValues {
  return {
    name: sessionType.name,
    kind: sessionType.kind,
    durationMinutes: sessionType.durationMinutes,
    priceDollars: centsToDollars(sessionType.priceMinor),
    formats: [...sessionType.formats],
    cptCode: sessionType.cptCodeIsDefault ? '' : (sessionType.cptCode ?? ''),
  };
}

/** Consultations are always free, whatever the price field says. */
export function toSessionTypeInput(values: SessionTypeFormValues): SessionTypeInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    durationMinutes: Number(values.durationMinutes),
    priceMinor: values.kind === 'CONSULTATION' ? 0 : dollarsToCents(Number(values.priceDollars)),
    formats: values.formats,
    cptCode: values.cptCode.trim() || null,
  };
}

export const sessionTypeValidation = {
  name: (value: string) => {
    const length = value.trim().length;
    return length < SESSION_TYPE_LIMITS.name.min || length > SESSION_TYPE_LIMITS.name.max ? 'Name it in 2–80 characters, e.g. "Individual therapy".' : null;
  },
  durationMinutes: (value: number | string) => {
    const minutes = Number(value);
    return value === '' || !Number.isInteger(minutes) || minutes < SESSION_TYPE_LIMITS.duration.min || minutes > SESSION_TYPE_LIMITS.duration.max
      ? 'Enter 15 to 240 minutes.'
      : null;
  },
  priceDollars: (value: number | string, values: SessionTypeFormValues) => {
    if (values.kind === 'CONSULTATION') return null;
    const dollars = Number(value);
    return value === '' || Number.isNaN(dollars) || dollars < 0 || dollars > SESSION_TYPE_LIMITS.maxPriceDollars
      ? 'Enter a price in dollars, e.g. 150.'
      : null;
  },
  formats: (value: SessionFormat[]) => (value.length === 0 ? 'Choose at least one format.' : null),
  cptCode: (value: string) => (value.trim() === '' || /^\d{5}$/.test(value.trim()) ? null : 'A CPT code is five digits, e.g. 90834; leave it blank for the usual code.'),
};
