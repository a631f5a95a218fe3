import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { mentoringFunctionLabels, programRoleLabels } from '../../../shared/enums.ts';
import type { DirectoryEnrolment, Enrolment, MentorOffer } from '../../../shared/schemas/index.ts';
import { DataTable } from '../layout/data-table.tsx';

interface EnrolmentsTableProps {
  enrolments: DirectoryEnrolment[];
  caption: string;
  canManage: boolean;
  onWithdraw: (enrolment: Enrolment) => void;
}

const none = (
  <Text c="dimmed" span>
    —
  </Text>
);

/** A mentor's offer in a line: the expertise they share, then the mentoring functions they give. */
function describeOffer(offer: MentorOffer | null) {
  const parts = [...(offer?.expertise ?? []), ...(offer?.functions ?? []).map((fn) => mentoringFunctionLabels[fn])];
  return parts.length > 0 ? parts.join(', ') : none;
}

/**
 * The people of a program: name, department, role, what each mentor offers and status. Those
 * who manage the program also see emails and a Withdraw action; participants get a directory.
 */
export function EnrolmentsTable({ enrolments, caption, canManage, onWithdraw }: EnrolmentsTableProps) {
  return (
    <DataTable
      minWidth={720}
      striped
      highlightOnHover
      verticalSpacing="sm"
      caption={caption}
      columns={[
        'Name',
        canManage && 'Email',
        'Department',
        'Role',
        'Offers as mentor',
        'Status',
        canManage && <VisuallyHidden>Actions</VisuallyHidden>,
      ]}
    >
      {enrolments.map((enrolment) => {
        const active = enrolment.status === 'active';
        return (
          <Table.Tr key={enrolment.id}>
            <Table.Td fw={600}>{enrolment.person.displayName}</Table.Td>
            {canManage ? <Table.Td>{enrolment.person.email ?? none}</Table.Td> : null}
            <Table.Td>{enrolment.person.department ?? none}</Table.Td>
            <Table.Td>{programRoleLabels[enrolment.role]}</Table.Td>
            <Table.Td>{enrolment.role === 'mentor' ? describeOffer(enrolment.mentorOffer) : none}</Table.Td>
            <Table.Td>
              {/* The status keeps its whole word when the offers column takes the room. */}
              <Badge color={active ? 'teal' : 'gray'} variant="light" miw="max-content">
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
