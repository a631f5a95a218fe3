import IconUserPlus from '~icons/tabler/user-plus';
import { useState } from 'react';
import { programRoleLabels, programRoles } from '../../../shared/enums.ts';
import type { Program } from '../../../shared/schemas/index.ts';
import { PersonRoleForm, type ChosenPerson } from '../forms/person-role-form.tsx';
import { useEnrolPerson } from './use-enrolment-mutations.ts';

/** Pick a person (searched on the server as you type) and a role, then enrol them. */
export function EnrolForm({ program }: { program: Program }) {
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const enrol = useEnrolPerson(program, () => setPerson(null));

  return (
    <PersonRoleForm
      heading="Enrol people"
      headingId="enrol-heading"
      headingOrder={3}
      description="Search by name or email, choose the role they will hold in this program, and enrol them."
      person={person}
      onPersonChange={setPerson}
      missingPersonMessage="Choose a person to enrol"
      roles={programRoles}
      roleLabels={programRoleLabels}
      defaultRole="mentee"
      submitLabel="Enrol"
      submitIcon={<IconUserPlus size={16} aria-hidden />}
      submitting={enrol.isPending}
      onSubmit={(personId, role) => enrol.mutate({ personId, role })}
    />
  );
}
