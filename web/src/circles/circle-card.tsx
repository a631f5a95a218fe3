import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { CircleView } from '../api/circles.api.ts';
import { formatAffinity } from './circle-labels.ts';

function Members({ label, members }: { label: string; members: CircleView['mentors'] }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label} ({members.length})
      </Text>
      <List size="sm" spacing={0} aria-label={label}>
        {members.map((member) => (
          <List.Item key={member.personId}>{member.name}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** One circle: its name, affinity (coordinators only), mentors and mentees. */
export function CircleCard({ circle }: { circle: CircleView }) {
  const headingId = `circle-${circle.id}`;
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5" id={headingId}>
            {circle.name}
          </Title>
          {circle.affinity !== null ? (
            <Badge variant="light" color="indigo" style={{ flexShrink: 0 }} title="Mean fit of the mentees with their mentors and peers">
              Affinity {formatAffinity(circle.affinity)}
            </Badge>
          ) : null}
        </Group>
        <Members label="Mentors" members={circle.mentors} />
        <Members label="Mentees" members={circle.mentees} />
      </Stack>
    </Paper>
  );
}
