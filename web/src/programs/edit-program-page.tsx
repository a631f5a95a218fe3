import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { programQueryKey, updateProgram } from '../api/programs.api.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { ProgramForm } from './program-form.tsx';
import { programToFormValues } from './program-form-values.ts';
import { ProgramBreadcrumbs } from './program-subpage.tsx';
import { useProgramQuery } from './use-programs.ts';

export function EditProgramPage() {
  const { programId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const programQuery = useProgramQuery(programId);
  usePageTitle(programQuery.data ? `Edit ${programQuery.data.name}` : 'Edit program');

  if (programQuery.isPending) return <PageLoader label="Loading the program" />;
  if (programQuery.isError) return <ErrorState error={programQuery.error} onRetry={() => void programQuery.refetch()} />;
  const program = programQuery.data;

  return (
    <Stack gap="lg">
      <ProgramBreadcrumbs programId={program.id} programName={program.name} current="Edit" />
      <Title order={1}>Edit {program.name}</Title>
      {program.canManage ? (
        <ProgramForm
          key={program.updatedAt}
          initialValues={programToFormValues(program)}
          submitLabel="Save changes"
          save={(body) => updateProgram(program.id, body)}
          onSaved={async (saved) => {
            queryClient.setQueryData(programQueryKey(saved.id), saved);
            await queryClient.invalidateQueries({ queryKey: ['programs'] });
            await queryClient.invalidateQueries({ queryKey: ['home'] });
            notifications.show({ color: 'teal', title: 'Changes saved', message: `${saved.name} was updated.` });
            await navigate(`/programs/${saved.id}`);
          }}
          onCancel={() => void navigate(`/programs/${program.id}`)}
        />
      ) : (
        <Alert color="yellow" title="You cannot edit this program">
          Only the program’s coordinators and organization admins can change it.
        </Alert>
      )}
    </Stack>
  );
}
