import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { mentoringApproachLabels, mentoringApproaches, type MentoringApproach } from '../../../shared/enums.ts';
import { describeError } from '../api/api-error.ts';
import { createInterview, interviewsQueryKey, updateInterview, type Interview, type SaveInterview } from '../api/applications.api.ts';
import { ScaleInput } from '../forms/scale-input.tsx';
import { dateRanges } from '../../../shared/limits.ts';
import { dateTimeInputBounds } from '../forms/date-bounds.ts';

type RatingField = 'motivation' | 'goalClarity' | 'expectations' | 'opennessToFeedback';
export const ratingLabels: Record<RatingField, string> = {
  motivation: 'Motivation',
  goalClarity: 'Clarity of goals',
  expectations: 'Expectations',
  opennessToFeedback: 'Openness to feedback',
};
const ratingFields = Object.keys(ratingLabels) as RatingField[];
const approachOptions = mentoringApproaches.map((approach) => ({ value: approach, label: mentoringApproachLabels[approach] }));

interface InterviewValues extends Record<RatingField, number | null> {
  scheduledAt: string;
  notes: string;
  observedApproach: MentoringApproach | null;
}

function toValues(interview: Interview | null): InterviewValues {
  return {
    scheduledAt: interview?.scheduledAt ? dayjs(interview.scheduledAt).format('YYYY-MM-DDTHH:mm') : '',
    notes: interview?.notes ?? '',
    motivation: interview?.motivation ?? null,
    goalClarity: interview?.goalClarity ?? null,
    expectations: interview?.expectations ?? null,
    opennessToFeedback: interview?.opennessToFeedback ?? null,
    observedApproach: interview?.observedApproach ?? null,
  };
}

function toBody(values: InterviewValues): SaveInterview {
  const scheduled = values.scheduledAt ? dayjs(values.scheduledAt) : null;
  return { ...values, scheduledAt: scheduled?.isValid() ? scheduled.toISOString() : null };
}

interface InterviewFormProps {
  applicationId: string;
  interview: Interview | null;
  onDone: () => void;
}

/** Notes and 1-5 ratings from an intake interview, and the approach the interviewer observed. */
export function InterviewForm({ applicationId, interview, onDone }: InterviewFormProps) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => toValues(interview));
  const set = <K extends keyof InterviewValues>(field: K, value: InterviewValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const mutation = useMutation({
    mutationFn: (body: SaveInterview) =>
      interview ? updateInterview(applicationId, interview.id, body) : createInterview(applicationId, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', title: 'Interview saved', message: 'Only the program’s coordinators can see it.' });
      await queryClient.invalidateQueries({ queryKey: interviewsQueryKey(applicationId) });
      // The observed approach may raise or clear a mismatch on the application.
      await queryClient.invalidateQueries({ queryKey: ['applications', applicationId] });
      onDone();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'The interview was not saved', message: describeError(error) }),
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate(toBody(values));
      }}
    >
      <Stack gap="md">
        <Title order={3} size="h5">
          {interview ? 'Edit interview' : 'New interview'}
        </Title>
        <TextInput
          label="Scheduled at"
          type="datetime-local"
          {...dateTimeInputBounds(dateRanges.meeting)}
          value={values.scheduledAt}
          onChange={(event) => set('scheduledAt', event.currentTarget.value)}
          maw={280}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={3}
          maxLength={10_000}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {ratingFields.map((field) => (
            <ScaleInput
              key={field}
              label={ratingLabels[field]}
              value={values[field]}
              onChange={(value) => set(field, value)}
              ends={['Low', 'High']}
            />
          ))}
        </SimpleGrid>
        <Select
          label="Observed approach"
          description="What the applicant seems to assume mentoring is"
          data={approachOptions}
          clearable
          value={values.observedApproach}
          onChange={(value) => set('observedApproach', mentoringApproaches.find((approach) => approach === value) ?? null)}
          maw={360}
        />
        <Group justify="flex-end">
          {interview ? (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={mutation.isPending}>
            Save interview
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
