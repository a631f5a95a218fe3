import { Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import IconArrowsShuffle from '~icons/tabler/arrows-shuffle';
import IconForms from '~icons/tabler/forms';
import IconInbox from '~icons/tabler/inbox';
import { Link } from 'react-router';
import { mentoringApproachLabels } from '../../../shared/enums.ts';
import type { Program } from '../../../shared/schemas/index.ts';

/** How the program selects people: intake form version, intended approach, mentee limit and criteria. */
export function ProgramIntakeSection({ program }: { program: Program }) {
  return (
    <Stack component="section" aria-labelledby="intake-heading" gap="md">
      <Group justify="space-between">
        <Title order={2} id="intake-heading">
          Intake form
        </Title>
        {program.canManage ? (
          <Group gap="sm">
            <Button
              component={Link}
              to={`/programs/${program.id}/intake-form`}
              variant="light"
              leftSection={<IconForms size={16} aria-hidden />}
            >
              Edit intake form
            </Button>
            <Button component={Link} to={`/programs/${program.id}/applications`} leftSection={<IconInbox size={16} aria-hidden />}>
              Applications
            </Button>
            <Button component={Link} to={`/programs/${program.id}/matching`} leftSection={<IconArrowsShuffle size={16} aria-hidden />}>
              Matching
            </Button>
          </Group>
        ) : null}
      </Group>
      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack gap="xs">
            <Group gap="xs">
              <Text fw={600} size="sm">
                Intake form:
              </Text>
              {program.intakeFormVersion === null ? (
                <Badge color="yellow" variant="light">
                  Not set up
                </Badge>
              ) : (
                <Badge color="teal" variant="light">
                  Version {program.intakeFormVersion}
                </Badge>
              )}
            </Group>
            <Text size="sm">
              <Text span fw={600}>
                Intended approach:{' '}
              </Text>
              {program.intendedApproach ? mentoringApproachLabels[program.intendedApproach] : 'Not set'}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                Mentee limit:{' '}
              </Text>
              {program.menteeLimit ?? 'No limit'}
            </Text>
            {program.intakeFormVersion === null && program.canManage ? (
              <Text size="sm" c="dimmed">
                Active programs with an intake form are listed for everyone under “Apply to a program”.
              </Text>
            ) : null}
          </Stack>
          <Stack gap="xs">
            <Text fw={600} size="sm">
              Selection criteria
            </Text>
            {program.selectionCriteria.length === 0 ? (
              <Text size="sm" c="dimmed">
                None yet.
              </Text>
            ) : (
              <List size="sm" spacing={2}>
                {program.selectionCriteria.map((criterion) => (
                  <List.Item key={criterion}>{criterion}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </SimpleGrid>
      </Paper>
    </Stack>
  );
}
