import { TagsInput, type TagsInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchSkillsPage, skillsQueryKey } from '../api/skills.api.ts';

/**
 * Tags from the organization's approved skills, searched on the server as the person types (the
 * first 20 names holding what they typed), or new ones typed in full. The list is never loaded
 * whole: an organization's skills list grows with it.
 */
export function SkillTagsInput(props: Omit<TagsInputProps, 'data' | 'searchValue' | 'onSearchChange'>) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 200);
  const filters = { q: q || undefined, status: 'approved' as const };
  const skillsQuery = useQuery({
    queryKey: skillsQueryKey(filters),
    queryFn: () => fetchSkillsPage(filters),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const names = (skillsQuery.data?.items ?? []).map((skill) => skill.name);
  return <TagsInput {...props} data={names} searchValue={search} onSearchChange={setSearch} />;
}
