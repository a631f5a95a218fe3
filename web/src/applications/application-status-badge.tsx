import { Badge } from '@mantine/core';
import type { ApplicationStatus } from '../../../shared/enums.ts';
import { applicationStatusColors, applicationStatusLabels } from './application-labels.ts';

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <Badge color={applicationStatusColors[status]} variant="light" radius="sm" miw="max-content">
      {applicationStatusLabels[status]}
    </Badge>
  );
}
