import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useMemo } from 'react';
import type { TaxonomyLookups } from '../taxonomy/taxonomy-lookups';

interface JurisdictionSelectProps extends Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> {
  taxonomy: TaxonomyLookups;
  value: string;
  onChange(code: string): void;
}

/** A native select of US states (and DC): quick with a keyboard, and a proper picker on phones. */
export function JurisdictionSelect({ taxonomy, value, onChange, ...props }: JurisdictionSelectProps) {
  const data = useMemo(
    () => [
      { value: '', label: 'Choose a state', disabled: true },
      ...[...taxonomy.data.jurisdictions]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((jurisdiction) => ({ value: jurisdiction.code, label: jurisdiction.name })),
    ],
    [taxonomy],
  );
  return <NativeSelect data={data} value={value} onChange={(event) => onChange(event.currentTarget.value)} {...props} />;
}
