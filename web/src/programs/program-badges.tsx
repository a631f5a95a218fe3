import { Badge, Group, Text } from '@mantine/core';
import { programRoleLabels, programTypeLabels, type ProgramRole, type ProgramType } from '../../../shared/enums.ts';
import type { ProgramStatus } from '../../../shared/enums.ts';
import type { EnrolmentCounts } from '../../../shared/schemas/index.ts';
import { pluralize } from '../layout/format.ts';
import { participantRoles, programStatusColors, programStatusLabels } from './program-labels.ts';

export function ProgramTypeBadge({ type }: { type: ProgramType }) {
  return (
    <Badge variant="light" color="indigo" radius="sm">
      {programTypeLabels[type]}
    </Badge>
  );
}

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  return (
    <Badge variant="dot" color={programStatusColors[status]} radius="sm">
      {programStatusLabels[status]}
    </Badge>
  );
}

/** The caller's own roles in a program, e.g. "Mentor", "Mentee". */
export function RoleBadges({ roles }: { roles: readonly ProgramRole[] }) {
  if (roles.length === 0) return null;
  return (
    <Group gap={6}>
      {roles.map((role) => (
        <Badge key={role} variant="outline" color="grape" radius="sm">
          {programRoleLabels[role]}
        </Badge>
      ))}
    </Group>
  );
}

/** "3 mentors · 5 mentees · 1 supervisor". */
export function EnrolmentCountsLine({ counts }: { counts: EnrolmentCounts }) {
  const parts = participantRoles.map((role) => pluralize(counts[role], programRoleLabels[role].toLowerCase()));
  return (
    <Text size="sm" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}
