import { Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import IconChevronDown from '~icons/tabler/chevron-down';
import IconChevronRight from '~icons/tabler/chevron-right';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { RulesForm } from './rules-form.tsx';
import { useMatchingRulesQuery } from './use-matching-queries.ts';

/** The collapsible "Matching rules" editor; closed by default so the latest result comes first. */
export function RulesSection({ programId }: { programId: string }) {
  const [opened, { toggle }] = useDisclosure(false);
  const rulesQuery = useMatchingRulesQuery(programId);
  const Chevron = opened ? IconChevronDown : IconChevronRight;

  return (
    <Paper component="section" withBorder p="md" aria-labelledby="rules-heading">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Title order={2} size="h3" id="rules-heading" style={{ minWidth: 0 }}>
            Matching rules
          </Title>
          <Button
            variant="subtle"
            onClick={toggle}
            aria-expanded={opened}
            aria-controls="rules-panel"
            leftSection={<Chevron size={16} aria-hidden />}
            style={{ flexShrink: 0 }}
          >
            {opened ? 'Hide rules' : 'Show rules'}
          </Button>
        </Group>
        {!opened ? (
          <Text size="sm" c="dimmed">
            Which criteria count, how much, and which are required.
          </Text>
        ) : null}
        <Collapse expanded={opened} id="rules-panel">
          {rulesQuery.isPending ? <PageLoader label="Loading the rules" /> : null}
          {rulesQuery.isError ? <ErrorState error={rulesQuery.error} onRetry={() => void rulesQuery.refetch()} /> : null}
          {rulesQuery.isSuccess ? <RulesForm programId={programId} rules={rulesQuery.data} /> : null}
        </Collapse>
      </Stack>
    </Paper>
  );
}
