import { Anchor, Badge, Checkbox, Table, Text, Tooltip } from '@mantine/core';
import IconAlertTriangle from '~icons/tabler/alert-triangle';
import { Link } from 'react-router';
import type { Application } from '../../../shared/schemas/index.ts';
import type { BulkDecisionResult } from '../api/applications.api.ts';
import { formatDate } from '../layout/format.ts';
import { applicationRoleLabels, applicationStatusLabels } from './application-labels.ts';
import { ApplicationStatusBadge } from './application-status-badge.tsx';

type RowResult = BulkDecisionResult['results'][number];

interface ApplicationsTableProps {
  applications: Application[];
  selected: ReadonlySet<string>;
  onSelectedChange: (selected: Set<string>) => void;
  results: ReadonlyMap<string, RowResult>;
}

function MismatchIcon({ application }: { application: Application }) {
  const mismatches = application.mismatches ?? [];
  if (mismatches.length === 0) return null;
  const text = mismatches.map((mismatch) => mismatch.message).join(' ');
  return (
    <Tooltip label={text} multiline w={280} withArrow>
      <IconAlertTriangle size={18} color="var(--mantine-color-orange-6)" role="img" aria-label={`Assumption mismatch: ${text}`} />
    </Tooltip>
  );
}

function ResultCell({ result }: { result: RowResult | undefined }) {
  if (!result) return null;
  if (result.ok) {
    return (
      <Badge color="teal" variant="outline" miw="max-content">
        {result.status ? `Now ${applicationStatusLabels[result.status].toLowerCase()}` : 'Done'}
      </Badge>
    );
  }
  return (
    <Text size="sm" c="red">
      {result.error ?? 'Not changed'}
    </Text>
  );
}

/** A program's applications with row selection for bulk decisions and per-row bulk results. */
export function ApplicationsTable({ applications, selected, onSelectedChange, results }: ApplicationsTableProps) {
  const allSelected = applications.length > 0 && applications.every((application) => selected.has(application.id));
  const someSelected = applications.some((application) => selected.has(application.id));
  const showResults = results.size > 0;

  function toggle(applicationId: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(applicationId);
    else next.delete(applicationId);
    onSelectedChange(next);
  }

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={40}>
              <Checkbox
                aria-label="Select all applications"
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={(event) =>
                  onSelectedChange(event.currentTarget.checked ? new Set(applications.map((application) => application.id)) : new Set())
                }
              />
            </Table.Th>
            <Table.Th scope="col">Applicant</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Submitted</Table.Th>
            <Table.Th scope="col">Warnings</Table.Th>
            {showResults ? <Table.Th scope="col">Bulk result</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {applications.map((application) => (
            <Table.Tr key={application.id}>
              <Table.Td>
                <Checkbox
                  aria-label={`Select ${application.applicant.displayName}`}
                  checked={selected.has(application.id)}
                  onChange={(event) => toggle(application.id, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/applications/${application.id}`} fw={600}>
                  {application.applicant.displayName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {application.applicant.email}
                  {application.applicant.department ? ` · ${application.applicant.department}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>{applicationRoleLabels[application.role]}</Table.Td>
              <Table.Td>
                <ApplicationStatusBadge status={application.status} />
                {application.waitlistPosition !== null ? (
                  <Text size="xs" c="dimmed">
                    Position {application.waitlistPosition}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{formatDate(application.submittedAt)}</Table.Td>
              <Table.Td>
                <MismatchIcon application={application} />
              </Table.Td>
              {showResults ? (
                <Table.Td>
                  <ResultCell result={results.get(application.id)} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
