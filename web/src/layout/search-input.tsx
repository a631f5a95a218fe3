import { TextInput } from '@mantine/core';
import IconSearch from '~icons/tabler/search';
import { limits } from '../../../shared/limits.ts';

interface SearchInputProps {
  label: string;
  placeholder?: string;
  value: string | undefined;
  onChange: (q: string) => void;
  width?: number;
}

/** A paged list's `q` box: a search field up to the API's limit, with the search icon. */
export function SearchInput({ label, placeholder, value, onChange, width = 260 }: SearchInputProps) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      type="search"
      maxLength={limits.listSearchMax}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={{ base: '100%', sm: width }}
    />
  );
}
