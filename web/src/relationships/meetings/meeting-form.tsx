import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import IconPlus from '~icons/tabler/plus';
import IconWorld from '~icons/tabler/world';
import { meetingChannelLabels, meetingChannels, type MeetingChannel } from '../../../../shared/enums.ts';
import { limits } from '../../../../shared/limits.ts';
import type { ProposeMeeting } from '../../api/meetings.api.ts';
import { SubmitProblemAlert, useSubmitProblem } from '../../forms/use-submit-problem.tsx';
import { defaultLocalStart, otherClock, zoneCity } from './meeting-time.ts';
import { dateRanges } from '../../../../shared/limits.ts';
import { dateTimeInputBounds } from '../../forms/date-bounds.ts';

type Values = { localStart: string; durationMinutes: string; channel: MeetingChannel; videoLink: string; location: string; agenda: string };
const knownFields = ['localStart', 'durationMinutes', 'channel', 'videoLink', 'location', 'agenda'] as const;
const durations = ['15', '30', '45', '60', '90', '120'].map((value) => ({ value, label: `${value} minutes` }));

/** What the form sends: a wall-clock time in my zone, and the meeting's details. */
export type MeetingFormResult = ProposeMeeting & { localStart: string; timeZone: string };

/**
 * Proposing (or rescheduling) a meeting: the date and time on my own clock, with the partner's
 * local time shown live as I type, the channel with its link or place, and (when proposing) an
 * agenda with suggested open questions to insert.
 */
export function MeetingForm(props: {
  mode: 'propose' | 'reschedule';
  myZone: string;
  partner: { name: string; timeZone: string | null };
  suggestedQuestions: Array<{ purpose: string; text: string }>;
  initial?: { durationMinutes: number; channel: MeetingChannel; videoLink: string | null; location: string | null } | undefined;
  pending: boolean;
  onSubmit: (values: MeetingFormResult, showError: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const form = useForm<Values>({
    initialValues: {
      localStart: defaultLocalStart(props.myZone),
      durationMinutes: String(props.initial?.durationMinutes ?? 45),
      channel: props.initial?.channel ?? 'video',
      videoLink: props.initial?.videoLink ?? '',
      location: props.initial?.location ?? '',
      agenda: '',
    },
    validate: {
      localStart: (value) => (value ? null : 'Choose a date and time'),
      videoLink: (value, values) => (values.channel === 'video' && value && !value.startsWith('https://') ? 'Use an https:// link' : null),
    },
  });
  const problem = useSubmitProblem(form, knownFields);
  const partnerClock = props.partner.timeZone ? otherClock(form.values.localStart, props.myZone, props.partner.timeZone) : null;
  const { channel } = form.values;
  const insertQuestion = (text: string) =>
    form.setFieldValue('agenda', form.values.agenda ? `${form.values.agenda.trimEnd()}\n- ${text}` : `- ${text}`);

  const submit = problem.onSubmit((values) =>
    props.onSubmit(
      {
        localStart: values.localStart,
        timeZone: props.myZone,
        durationMinutes: Number(values.durationMinutes),
        channel: values.channel,
        videoLink: values.channel === 'video' && values.videoLink ? values.videoLink : null,
        location: values.channel === 'in_person' && values.location ? values.location : null,
        ...(props.mode === 'propose' && values.agenda.trim() ? { agenda: values.agenda } : {}),
      },
      problem.showError,
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={props.mode === 'propose' ? 'Propose a meeting' : 'Propose a new time'}>
      <Stack gap="sm">
        <SubmitProblemAlert title="Not saved" message={problem.formMessage} />
        <Group grow align="flex-start">
          <TextInput
            type="datetime-local"
            {...dateTimeInputBounds(dateRanges.meeting)}
            label={`Date and time (your time, ${zoneCity(props.myZone)})`}
            required
            {...form.getInputProps('localStart')}
          />
          <Select label="Length" data={durations} allowDeselect={false} {...form.getInputProps('durationMinutes')} />
        </Group>
        <Group gap={6} c={partnerClock?.problem ? 'red' : 'dimmed'} aria-live="polite" data-testid="partner-time">
          <IconWorld size={16} aria-hidden />
          <Text size="sm" c="inherit">
            {!props.partner.timeZone
              ? `${props.partner.name} has not set a time zone yet; they will see it in yours.`
              : partnerClock
                ? partnerClock.problem
                  ? partnerClock.text
                  : `For ${props.partner.name}: ${partnerClock.text} (${zoneCity(props.partner.timeZone)})`
                : `Pick a time to see it on ${props.partner.name}’s clock.`}
          </Text>
        </Group>
        <Group grow align="flex-start">
          <Select
            label="Channel"
            data={meetingChannels.map((value) => ({ value, label: meetingChannelLabels[value] }))}
            allowDeselect={false}
            {...form.getInputProps('channel')}
          />
          {channel === 'video' && (
            <TextInput label="Video link" placeholder="https://" maxLength={limits.videoLinkMax} {...form.getInputProps('videoLink')} />
          )}
          {channel === 'in_person' && (
            <TextInput
              label="Place"
              placeholder="Room, café or address"
              maxLength={limits.meetingLocationMax}
              {...form.getInputProps('location')}
            />
          )}
        </Group>
        {props.mode === 'propose' && (
          <Stack gap={6}>
            <Textarea
              label="Agenda"
              description="What you want to talk about. Open questions invite more than a yes or no."
              autosize
              minRows={3}
              maxLength={limits.meetingAgendaMax}
              {...form.getInputProps('agenda')}
            />
            <SuggestedQuestions questions={props.suggestedQuestions} onInsert={insertQuestion} />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={props.pending}>
            {props.mode === 'propose' ? 'Propose meeting' : 'Propose new time'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Suggested open questions as chips; clicking one adds it to the agenda. */
export function SuggestedQuestions({
  questions,
  onInsert,
}: {
  questions: Array<{ purpose: string; text: string }>;
  onInsert: (text: string) => void;
}) {
  if (questions.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        Suggested open questions
      </Text>
      <Group gap={6}>
        {questions.slice(0, 6).map((q) => (
          <Button
            key={q.text}
            size="compact-sm"
            variant="light"
            radius="xl"
            fw={400}
            leftSection={<IconPlus size={12} aria-hidden />}
            aria-label={`Add to agenda: ${q.text}`}
            onClick={() => onInsert(q.text)}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
            h="auto"
            py={4}
          >
            {q.text}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
