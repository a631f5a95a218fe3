import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { createProgram, programQueryKey } from '../api/programs.api.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { ProgramForm } from './program-form.tsx';
import { emptyProgramValues } from './program-form-values.ts';

export function NewProgramPage() {
  usePageTitle('New program');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [initialValues] = useState(emptyProgramValues);

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/programs">
          Programs
        </Anchor>
        <Text>New program</Text>
      </Breadcrumbs>
      <Title order={1}>New program</Title>
      <ProgramForm
        initialValues={initialValues}
        submitLabel="Create program"
        save={createProgram}
        onSaved={async (program) => {
          queryClient.setQueryData(programQueryKey(program.id), program);
          await queryClient.invalidateQueries({ queryKey: ['programs'] });
          await queryClient.invalidateQueries({ queryKey: ['home'] });
          notifications.show({ color: 'teal', title: 'Program created', message: `${program.name} is ready.` });
          await navigate(`/programs/${program.id}`);
        }}
        onCancel={() => void navigate(-1)}
      />
    </Stack>
  );
}
