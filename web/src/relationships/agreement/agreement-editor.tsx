import { Alert, Button, Divider, Group, MultiSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { mentoringFunctionLabels, mentoringFunctions, type MentoringFunction } from '../../../../shared/enums.ts';
import { useState } from 'react';
import { menteeExpectationSuggestions, mentorExpectationSuggestions } from '../../../../shared/agreement-suggestions.ts';
import type { AgreementContent } from '../../../../shared/schemas/index.ts';
import { ApiError } from '../../api/api-error.ts';
import { toSubmitProblem } from '../../api/field-issues.ts';
import { ConfidentialityFields, FormActions, ItemListField, listError, MeetingFields, type FieldErrors } from './agreement-fields.tsx';
import { useAgreementMutations } from './use-agreement.ts';
import { dateRanges } from '../../../../shared/limits.ts';
import { dateInputBounds } from '../../forms/date-bounds.ts';

const knownFields = [
  'content.meetings.cadence',
  'content.meetings.lengthMinutes',
  'content.meetings.channels',
  'content.meetings.guidelines',
  'content.confidentiality.betweenUs',
  'content.confidentiality.programMaySee',
  'content.expectations.ofMentee',
  'content.expectations.ofMentor',
  'content.timeline.startsOn',
  'content.timeline.reviewOn',
  'content.timeline.endsOn',
  'content.firstGoals',
  'content.functions',
];

const functionOptions = mentoringFunctions.map((fn) => ({ value: fn, label: mentoringFunctionLabels[fn] }));

interface AgreementEditorProps {
  relationshipId: string;
  version: number;
  initial: AgreementContent;
  mentorName: string;
  menteeName: string;
  onDone: () => void;
  onReload: () => void;
}

/** The draft as a form; saving makes a new version, which both then sign. */
export function AgreementEditor({ relationshipId, version, initial, mentorName, menteeName, onDone, onReload }: AgreementEditorProps) {
  const [content, setContent] = useState<AgreementContent>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [conflicted, setConflicted] = useState(false);
  const { save } = useAgreementMutations(relationshipId);
  const set =
    <K extends keyof AgreementContent>(key: K) =>
    (value: AgreementContent[K]) =>
      setContent({ ...content, [key]: value });
  const setTimeline = (key: keyof AgreementContent['timeline']) => (value: string) =>
    set('timeline')({ ...content.timeline, [key]: value === '' ? null : value });

  // mutateAsync, not per-call callbacks: the refreshed agreement remounts this editor (it is keyed
  // by version) before such callbacks would run, and the editor must still close.
  const submit = async () => {
    setErrors({});
    setFormMessage(null);
    try {
      await save.mutateAsync({ version, content });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'agreement_edit_conflict') return setConflicted(true);
      const problem = toSubmitProblem(error, knownFields);
      setErrors(problem.fieldErrors);
      setFormMessage(problem.formMessage);
    }
  };

  return (
    <form
      aria-label="Edit the agreement"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="lg">
        <Stack gap="sm">
          <Title order={3} size="h5">
            Meetings
          </Title>
          <MeetingFields value={content.meetings} onChange={set('meetings')} errors={errors} prefix="content." />
        </Stack>
        <Divider />
        <Stack gap="sm">
          <Title order={3} size="h5">
            Confidentiality
          </Title>
          <ConfidentialityFields value={content.confidentiality} onChange={set('confidentiality')} errors={errors} prefix="content." />
        </Stack>
        <Divider />
        <Stack gap="sm">
          <Title order={3} size="h5">
            What we expect of each other
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <ItemListField
              label={`${mentorName} expects of ${menteeName}`}
              description="The mentor's expectations of the mentee. Pick a starting point and make it yours."
              items={content.expectations.ofMentee}
              onChange={(ofMentee) => set('expectations')({ ...content.expectations, ofMentee })}
              suggestions={mentorExpectationSuggestions}
              error={listError(errors, 'content.expectations.ofMentee')}
              addLabel="Add an expectation of the mentee"
            />
            <ItemListField
              label={`${menteeName} expects of ${mentorName}`}
              description="The mentee's expectations of the mentor."
              items={content.expectations.ofMentor}
              onChange={(ofMentor) => set('expectations')({ ...content.expectations, ofMentor })}
              suggestions={menteeExpectationSuggestions}
              error={listError(errors, 'content.expectations.ofMentor')}
              addLabel="Add an expectation of the mentor"
            />
          </SimpleGrid>
        </Stack>
        <Divider />
        <Stack gap="sm">
          <Title order={3} size="h5">
            Timeline
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              type="date"
              {...dateInputBounds(dateRanges.plan)}
              label="Start"
              required
              value={content.timeline.startsOn}
              onChange={(event) => set('timeline')({ ...content.timeline, startsOn: event.currentTarget.value })}
              error={errors['content.timeline.startsOn']}
            />
            <TextInput
              type="date"
              {...dateInputBounds(dateRanges.plan)}
              label="Review date"
              value={content.timeline.reviewOn ?? ''}
              onChange={(event) => setTimeline('reviewOn')(event.currentTarget.value)}
              error={errors['content.timeline.reviewOn']}
            />
            <TextInput
              type="date"
              {...dateInputBounds(dateRanges.plan)}
              label="Planned end"
              value={content.timeline.endsOn ?? ''}
              onChange={(event) => setTimeline('endsOn')(event.currentTarget.value)}
              error={errors['content.timeline.endsOn']}
            />
          </SimpleGrid>
        </Stack>
        <Divider />
        <ItemListField
          label="First goals"
          description="Short for now: you will make them SMART in Goals."
          items={content.firstGoals}
          onChange={set('firstGoals')}
          error={listError(errors, 'content.firstGoals')}
          addLabel="Add a first goal"
        />
        <MultiSelect
          label="What this relationship is for"
          description="The mentoring functions the mentor gives here. They appear on the mentee's developmental network."
          data={functionOptions}
          value={content.functions}
          onChange={(value) => set('functions')(value as MentoringFunction[])}
          error={errors['content.functions']}
          clearable
        />
        {conflicted ? (
          <Alert color="orange" role="alert" title="Your partner saved a newer version">
            Your changes were not saved, so nothing of theirs was overwritten. Copy anything you want to keep, then load the latest version.
            <Group mt="sm">
              <Button size="xs" variant="white" color="orange" onClick={onReload}>
                Load the latest version
              </Button>
            </Group>
          </Alert>
        ) : null}
        <FormActions
          problem={formMessage}
          problemTitle="The agreement was not saved"
          submitLabel={`Save as version ${version + 1}`}
          loading={save.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
