import { Select } from '@mantine/core';

interface FilterSelectProps<T extends string> {
  label: string;
  /** The values to choose from, in order, with their labels. */
  values: readonly T[];
  labels: Record<T, string>;
  /** Undefined: no filter ("Any"). */
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  width?: number;
  /** The label of the empty choice; "Any" unless the list always filters. */
  placeholder?: string;
}

/** A list filter's drop-down: one of a fixed set of values, or none ("Any", cleared). */
export function FilterSelect<T extends string>({
  label,
  values,
  labels,
  value,
  onChange,
  width = 180,
  placeholder = 'Any',
}: FilterSelectProps<T>) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      clearable
      data={values.map((known) => ({ value: known, label: labels[known] }))}
      value={value ?? null}
      onChange={(chosen) => onChange(values.find((known) => known === chosen))}
      w={{ base: '100%', xs: width }}
    />
  );
}
