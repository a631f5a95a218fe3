import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { programRoleLabels } from '../../../shared/enums.ts';
import type { Enrolment } from '../../../shared/schemas/index.ts';
import { DataTable } from '../layout/data-table.tsx';

interface EnrolmentsTableProps {
  enrolments: Enrolment[];
  caption: string;
  canManage: boolean;
  onWithdraw: (enrolment: Enrolment) => void;
}

/** The people of a program: name, email, department, role and status, with a Withdraw action. */
export function EnrolmentsTable({ enrolments, caption, canManage, onWithdraw }: EnrolmentsTableProps) {
  return (
    <DataTable
      minWidth={720}
      striped
      highlightOnHover
      verticalSpacing="sm"
      caption={caption}
      columns={['Name', 'Email', 'Department', 'Role', 'Status', canManage && <VisuallyHidden>Actions</VisuallyHidden>]}
    >
      {enrolments.map((enrolment) => {
        const active = enrolment.status === 'active';
        return (
          <Table.Tr key={enrolment.id}>
            <Table.Td fw={600}>{enrolment.person.displayName}</Table.Td>
            <Table.Td>{enrolment.person.email}</Table.Td>
            <Table.Td>{enrolment.person.department ?? <Text c="dimmed" span>—</Text>}</Table.Td>
            <Table.Td>{programRoleLabels[enrolment.role]}</Table.Td>
            <Table.Td>
              <Badge color={active ? 'teal' : 'gray'} variant="light">
                {active ? 'Active' : 'Withdrawn'}
              </Badge>
            </Table.Td>
            {canManage ? (
              <Table.Td ta="right">
                {active ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onWithdraw(enrolment)}
                    aria-label={`Withdraw ${enrolment.person.displayName} (${programRoleLabels[enrolment.role]})`}
                  >
                    Withdraw
                  </Button>
                ) : null}
              </Table.Td>
            ) : null}
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
