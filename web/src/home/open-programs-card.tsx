import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import IconFileDescription from '~icons/tabler/file-description';
import { Link } from 'react-router';
import { useOpenProgramsQuery } from '../apply/use-apply-queries.ts';
import { pluralize } from '../layout/format.ts';

/** Invites the person to apply when programs are taking applications; shows nothing otherwise. */
export function OpenProgramsCard() {
  const programsQuery = useOpenProgramsQuery();
  const programs = programsQuery.data ?? [];
  if (programs.length === 0) return null;
  const names = programs
    .slice(0, 3)
    .map((program) => program.name)
    .join(', ');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="open-programs-card-heading" bg="indigo.0">
      <Group justify="space-between" align="center" wrap="wrap">
        <Stack gap={4}>
          <Title order={2} size="h4" id="open-programs-card-heading">
            Open programs
          </Title>
          <Text size="sm">
            {pluralize(programs.length, 'program')} {programs.length === 1 ? 'is' : 'are'} taking applications: {names}
            {programs.length > 3 ? ' and more' : ''}.
          </Text>
        </Stack>
        <Button component={Link} to="/apply" leftSection={<IconFileDescription size={16} aria-hidden />}>
          See open programs
        </Button>
      </Group>
    </Card>
  );
}
