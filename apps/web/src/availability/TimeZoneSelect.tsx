import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { timeZoneOptions } from '../auth/time-zones';

interface TimeZoneSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: string;
  onChange(timeZone: string): void;
}

/** A searchable list of every IANA zone the browser knows ("Europe/London", "America/New_York", …). */
export function TimeZoneSelect({ value, onChange, ...props }: TimeZoneSelectProps) {
  const zones = useMemo(() => timeZoneOptions(value), [value]);
  return (
    <Select
      data={zones}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No time zone matches"
      limit={50}
      value={value}
      onChange={(zone) => zone && onChange(zone)}
      {...props}
    />
  );
}
