import { Badge, Button, Collapse, Divider, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { firstGoalSuggestions, menteeExpectationSuggestions, mentorExpectationSuggestions } from '../../../shared/agreement-suggestions.ts';
import type { AgreementTemplate, Program } from '../../../shared/schemas/index.ts';
import { agreementTemplateQueryKey, fetchAgreementTemplate, saveAgreementTemplate } from '../api/agreements.api.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import {
  ConfidentialityFields,
  FormActions,
  ItemListField,
  listError,
  MeetingFields,
  type FieldErrors,
} from '../relationships/agreement/agreement-fields.tsx';

const knownFields = [
  'meetings.cadence',
  'meetings.lengthMinutes',
  'meetings.channels',
  'meetings.guidelines',
  'confidentiality.betweenUs',
  'confidentiality.programMaySee',
  'expectations.ofMentee',
  'expectations.ofMentor',
  'timeline.reviewAfterWeeks',
  'timeline.lengthMonths',
  'firstGoals',
];

function TemplateForm({ programId, initial, onDone }: { programId: string; initial: AgreementTemplate; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [template, setTemplate] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: AgreementTemplate) => saveAgreementTemplate(programId, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(agreementTemplateQueryKey(programId), saved);
      notifications.show({ color: 'teal', title: 'Template saved', message: 'Relationships that start from now on get this draft.' });
      onDone();
    },
    onError: (error) => {
      const problem = toSubmitProblem(error, knownFields);
      setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    },
  });
  const set =
    <K extends keyof AgreementTemplate>(key: K) =>
    (value: AgreementTemplate[K]) =>
      setTemplate({ ...template, [key]: value });
  const setTimeline = (key: keyof AgreementTemplate['timeline']) => (value: string | number) =>
    set('timeline')({ ...template.timeline, [key]: typeof value === 'number' ? value : null });

  return (
    <form
      aria-label="Agreement template"
      onSubmit={(event) => {
        event.preventDefault();
        setErrors({});
        setFormMessage(null);
        save.mutate(template);
      }}
    >
      <Stack gap="md">
        <MeetingFields value={template.meetings} onChange={set('meetings')} errors={errors} prefix="" />
        <Divider />
        <ConfidentialityFields value={template.confidentiality} onChange={set('confidentiality')} errors={errors} prefix="" />
        <Divider />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ItemListField
            label="The mentor expects of the mentee"
            items={template.expectations.ofMentee}
            onChange={(ofMentee) => set('expectations')({ ...template.expectations, ofMentee })}
            suggestions={mentorExpectationSuggestions}
            error={listError(errors, 'expectations.ofMentee')}
            addLabel="Add an expectation of the mentee"
          />
          <ItemListField
            label="The mentee expects of the mentor"
            items={template.expectations.ofMentor}
            onChange={(ofMentor) => set('expectations')({ ...template.expectations, ofMentor })}
            suggestions={menteeExpectationSuggestions}
            error={listError(errors, 'expectations.ofMentor')}
            addLabel="Add an expectation of the mentor"
          />
        </SimpleGrid>
        <Divider />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <NumberInput
            label="Review after (weeks)"
            description="Empty: no review date"
            min={1}
            max={104}
            value={template.timeline.reviewAfterWeeks ?? ''}
            onChange={setTimeline('reviewAfterWeeks')}
            error={errors['timeline.reviewAfterWeeks']}
          />
          <NumberInput
            label="Planned length (months)"
            description="Never past the program’s end; empty: until the program ends"
            min={1}
            max={60}
            value={template.timeline.lengthMonths ?? ''}
            onChange={setTimeline('lengthMonths')}
            error={errors['timeline.lengthMonths']}
          />
        </SimpleGrid>
        <ItemListField
          label="First goals"
          items={template.firstGoals}
          onChange={set('firstGoals')}
          suggestions={firstGoalSuggestions}
          error={listError(errors, 'firstGoals')}
          addLabel="Add a first goal"
        />
        <FormActions
          problem={formMessage}
          problemTitle="The template was not saved"
          submitLabel="Save template"
          loading={save.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}

/** Coordinators: the agreement every new relationship of the program starts from. */
export function AgreementTemplateSection({ program }: { program: Program }) {
  const [editing, setEditing] = useState(false);
  const templateQuery = useQuery({
    queryKey: agreementTemplateQueryKey(program.id),
    queryFn: () => fetchAgreementTemplate(program.id),
    enabled: program.canManage,
  });
  if (!program.canManage || program.type === 'group') return null;
  const data = templateQuery.data;
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="agreement-template-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2} size="h3" id="agreement-template-heading">
              Agreement template
            </Title>
            {data?.isDefault ? (
              <Badge variant="light" color="gray">
                Default
              </Badge>
            ) : null}
          </Group>
          {data && !editing ? (
            <Button variant="light" onClick={() => setEditing(true)}>
              Edit template
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          Each new relationship gets a draft agreement from this template: meeting guidelines, confidentiality, expectations each way, a
          timeline counted from its start, and first goals. The pair edits and signs their own copy.
        </Text>
        {templateQuery.isError ? (
          <Text size="sm" c="red">
            Could not load the template.
          </Text>
        ) : null}
        <Collapse expanded={editing}>
          {editing && data ? <TemplateForm programId={program.id} initial={data.template} onDone={() => setEditing(false)} /> : null}
        </Collapse>
      </Stack>
    </Paper>
  );
}
