import { TextInput } from '@mantine/core';
import IconSearch from '~icons/tabler/search';
import { limits } from '../../../shared/limits.ts';

interface TextFilterProps {
  label: string;
  placeholder?: string;
  value: string | undefined;
  /** Undefined when the box is emptied (no filter). */
  onChange: (value: string | undefined) => void;
}

/** A paged list's search box (`q`), searched on the server. */
export function SearchFilter({ label, placeholder, value, onChange }: TextFilterProps) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      type="search"
      maxLength={limits.listSearchMax}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      w={{ base: '100%', sm: 280 }}
    />
  );
}

/** A paged list's department filter: one department, exact, case aside. */
export function DepartmentFilter({ value, onChange }: Pick<TextFilterProps, 'value' | 'onChange'>) {
  return (
    <TextInput
      label="Department"
      placeholder="Any"
      maxLength={limits.shortTextMax}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      w={{ base: '100%', xs: 180 }}
    />
  );
}
