import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import IconRefresh from '~icons/tabler/refresh';
import { matchingOverrideKinds } from '../../../shared/schemas/index.ts';
import type { OverrideFilters } from '../api/matching.api.ts';
import { FilterSelect } from '../layout/filter-select.tsx';
import { PageNav } from '../layout/page-nav.tsx';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { SearchInput } from '../layout/search-input.tsx';
import { useDeleteOverride } from './use-matching-mutations.ts';
import { overridePageSize, useOverridePages } from './use-matching-queries.ts';

const kindLabels = { lock: 'Locked pair', forbid: 'Forbidden pair', exclude: 'Left out' } as const;
const kindColors = { lock: 'violet', forbid: 'red', exclude: 'gray' } as const;

interface OverridesSectionProps {
  programId: string;
  /** Group programs: circles take no locks (the server refuses them). */
  circles: boolean;
  /** Whether a run exists to re-run; before the first run only "Run matching" is offered. */
  hasRun: boolean;
  busy: boolean;
  starting: boolean;
  onRerun: () => void;
}

/**
 * The coordinator's locks, forbidden pairs and people left out, applied on the next run: a page
 * at a time from the server (a large program can have thousands), narrowed by kind or a name.
 */
export function OverridesSection({ programId, circles, hasRun, busy, starting, onRerun }: OverridesSectionProps) {
  const [kind, setKind] = useState<OverrideFilters['kind']>(undefined);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const filters: OverrideFilters = { ...(kind ? { kind } : {}), ...(q ? { q } : {}) };
  const narrowed = kind !== undefined || q !== '';
  const pages = useOverridePages(programId, filters);
  const remove = useDeleteOverride(programId);
  const overrides = pages.items;
  const empty = !pages.isPending && !pages.error && overrides.length === 0 && !pages.hasPrevious;
  // Filters once the list runs past a page, kept from then on; a few overrides need none.
  const [filterable, setFilterable] = useState(false);
  if (!filterable && (pages.hasNext || pages.hasPrevious)) setFilterable(true);

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="overrides-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="overrides-heading">
            Overrides
          </Title>
          {hasRun ? (
            <Button
              variant="light"
              onClick={onRerun}
              loading={starting}
              disabled={busy}
              leftSection={<IconRefresh size={16} aria-hidden />}
            >
              Re-run matching
            </Button>
          ) : null}
        </Group>
        {empty && !narrowed ? (
          <Text size="sm" c="dimmed">
            {circles
              ? 'No overrides. Circles are formed as a whole, so pairs cannot be locked.'
              : 'No overrides. Use a pair’s menu in the proposals to lock it, forbid it or leave someone out; then re-run.'}
          </Text>
        ) : null}
        {filterable ? (
          <Group gap="sm" align="flex-end">
            <FilterSelect label="Override kind" values={matchingOverrideKinds} labels={kindLabels} value={kind} onChange={setKind} />
            <SearchInput label="Find overrides by name" placeholder="Mentee or mentor" value={search} onChange={setSearch} />
          </Group>
        ) : null}
        {pages.isPending ? <PageLoader label="Loading overrides" /> : null}
        {pages.error ? <ErrorState error={pages.error} onRetry={pages.refetch} /> : null}
        {empty && narrowed ? (
          <Text size="sm" c="dimmed">
            No overrides match these filters.
          </Text>
        ) : null}
        {overrides.length > 0 ? (
          <Table verticalSpacing={4} captionSide="top" aria-busy={pages.isFetching}>
            <caption style={{ textAlign: 'left' }}>
              <Text size="sm" c="dimmed">
                Applied on the next run.
              </Text>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Override</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overrides.map((override) => (
                <Table.Tr key={override.id}>
                  <Table.Td>
                    <Badge variant="light" color={kindColors[override.kind]}>
                      {kindLabels[override.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{override.description}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${override.description}`}
                      loading={remove.isPending && remove.variables === override.id}
                      onClick={() => remove.mutate(override.id)}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {pages.hasNext || pages.hasPrevious ? <PageNav pages={pages} pageSize={overridePageSize} noun="Overrides" /> : null}
      </Stack>
    </Paper>
  );
}
