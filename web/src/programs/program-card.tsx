import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import IconCalendar from '~icons/tabler/calendar';
import { Link } from 'react-router';
import type { Program } from '../../../shared/schemas/index.ts';
import { formatDateRange } from '../layout/format.ts';
import { EnrolmentCountsLine, ProgramStatusBadge, ProgramTypeBadge, RoleBadges } from './program-badges.tsx';

interface ProgramCardProps {
  program: Program;
  /** Show the caller's own roles (for "Your programs"). */
  showMyRoles?: boolean;
  headingOrder?: 2 | 3 | 4;
}

/** A program at a glance: name (a link), type, status, dates and enrolment counts. */
export function ProgramCard({ program, showMyRoles = false, headingOrder = 3 }: ProgramCardProps) {
  return (
    <Card withBorder padding="lg" h="100%">
      <Stack gap="sm" h="100%">
        <Group gap="xs">
          <ProgramTypeBadge type={program.type} />
          <ProgramStatusBadge status={program.status} />
        </Group>
        <Title order={headingOrder} size="h4">
          <Anchor component={Link} to={`/programs/${program.id}`} inherit>
            {program.name}
          </Anchor>
        </Title>
        {program.purpose ? (
          <Text size="sm" lineClamp={2}>
            {program.purpose}
          </Text>
        ) : null}
        <Group gap={6} c="dimmed">
          <IconCalendar size={16} aria-hidden />
          <Text size="sm">{formatDateRange(program.startsOn, program.endsOn)}</Text>
        </Group>
        <EnrolmentCountsLine counts={program.enrolmentCounts} />
        {showMyRoles ? (
          <Group gap="xs" mt="auto">
            <Text size="sm" fw={500}>
              Your roles:
            </Text>
            <RoleBadges roles={program.myRoles} />
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
