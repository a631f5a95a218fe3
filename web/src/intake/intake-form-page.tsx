import { useParams } from 'react-router';
import { useIntakeFormQuery } from '../apply/use-apply-queries.ts';
import { ManagersOnly, ProgramSubpage } from '../programs/program-subpage.tsx';
import { useProgramQuery } from '../programs/use-programs.ts';
import { IntakeFormBuilder } from './intake-form-builder.tsx';

/** The intake form builder for one program (coordinators). */
export function IntakeFormPage() {
  const { programId = '' } = useParams();
  const programQuery = useProgramQuery(programId);
  const hasForm = programQuery.data ? programQuery.data.intakeFormVersion !== null : false;
  const formQuery = useIntakeFormQuery(programId, hasForm);
  const programName = programQuery.data?.name ?? 'Program';
  const current = formQuery.data ?? null;

  return (
    <ProgramSubpage
      programId={programId}
      programName={programName}
      section="Intake form"
      description={`What ${programName} asks people who apply as mentors or mentees.`}
    >
      <ManagersOnly
        programQuery={programQuery}
        alsoNeeds={hasForm ? formQuery : null}
        loaderLabel="Loading the intake form"
        deniedTitle="You cannot edit this intake form"
        deniedMessage="Only the program’s coordinators and organization admins can change it."
      >
        {() => <IntakeFormBuilder key={current ? `${current.id}-${current.version}` : 'new'} programId={programId} current={current} />}
      </ManagersOnly>
    </ProgramSubpage>
  );
}
