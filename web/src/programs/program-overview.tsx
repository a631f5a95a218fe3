import { Badge, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import IconCircleCheck from '~icons/tabler/circle-check';
import IconCircleDashed from '~icons/tabler/circle-dashed';
import { designChecklistItems, designChecklistQuestions, programRoles } from '../../../shared/enums.ts';
import type { Program } from '../../../shared/schemas/index.ts';
import { formatDateRange } from '../layout/format.ts';
import { countOpenChecklistItems, programRolePluralLabels } from './program-labels.ts';

function TextBlock({ title, text, empty }: { title: string; text: string; empty: string }) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text size="sm" c={text ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {text || empty}
      </Text>
    </Stack>
  );
}

function ChecklistSummary({ program }: { program: Program }) {
  const open = countOpenChecklistItems(program.designChecklist);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Title order={3} size="h5">
          Design checklist
        </Title>
        <Badge color={open === 0 ? 'teal' : 'yellow'} variant="light">
          {open === 0 ? 'All answered' : `${open} of ${designChecklistItems.length} open`}
        </Badge>
      </Group>
      <List spacing={6} size="sm" center>
        {designChecklistItems.map((item) => {
          const answered = program.designChecklist[item].status === 'answered';
          return (
            <List.Item
              key={item}
              icon={
                answered ? (
                  <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-label="Answered" />
                ) : (
                  <IconCircleDashed size={18} color="var(--mantine-color-gray-5)" aria-label="Open" />
                )
              }
            >
              {designChecklistQuestions[item]}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

/** Purpose, goals, dates, checklist progress and how many people hold each role. */
export function ProgramOverview({ program }: { program: Program }) {
  return (
    <Stack component="section" aria-labelledby="overview-heading" gap="md">
      <Title order={2} id="overview-heading">
        Overview
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {programRoles.map((role) => (
          <Card key={role} withBorder padding="sm">
            <Text size="xl" fw={700}>
              {program.enrolmentCounts[role]}
            </Text>
            <Text size="sm" c="dimmed">
              {programRolePluralLabels[role]}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack gap="md">
            <TextBlock title="Purpose" text={program.purpose} empty="No purpose written yet." />
            <TextBlock title="Link to organizational goals" text={program.organizationalGoals} empty="Not described yet." />
            <TextBlock title="Dates" text={formatDateRange(program.startsOn, program.endsOn)} empty="" />
          </Stack>
          <ChecklistSummary program={program} />
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
