import { Anchor, Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import IconCalendarPlus from '~icons/tabler/calendar-plus';
import IconMapPin from '~icons/tabler/map-pin';
import IconVideo from '~icons/tabler/video';
import { useState } from 'react';
import { meetingChannelLabels } from '../../../../shared/enums.ts';
import { limits } from '../../../../shared/limits.ts';
import { meetingStatusLabels } from '../../../../shared/schemas/meetings.ts';
import { describeError } from '../../api/api-error.ts';
import { meetingCalendarFileUrl, type Meeting, type MeetingChangeRequest } from '../../api/meetings.api.ts';
import { MeetingForm, SuggestedQuestions } from './meeting-form.tsx';
import { MeetingTextDialog } from './meeting-text-dialog.tsx';
import { formatTimeOfDay, formatWallClock, zoneCity } from './meeting-time.ts';
import { useChangeMeeting } from './use-meetings.ts';

const statusColors: Record<Meeting['status'], string> = {
  proposed: 'yellow',
  accepted: 'teal',
  held: 'blue',
  missed: 'orange',
  cancelled: 'gray',
};
type Dialog = 'reschedule' | 'cancel' | 'held' | 'agenda' | 'summary' | null;
type Person = { id: string; name: string; timeZone: string | null };

/** One meeting for one of the pair: both clocks, its state, and the actions allowed now. */
export function MeetingCard(props: {
  meeting: Meeting;
  relationshipId: string;
  me: Person;
  partner: Person;
  myZone: string;
  suggestedQuestions: Array<{ purpose: string; text: string }>;
}) {
  const { meeting, me, partner } = props;
  const change = useChangeMeeting(props.relationshipId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const can = (action: Meeting['availableActions'][number]) => meeting.availableActions.includes(action);
  const mine = meeting.times.find((t) => t.personId === me.id);
  const theirs = meeting.times.find((t) => t.personId === partner.id);
  const nameOf = (id: string | null) => (id === me.id ? 'you' : id === partner.id ? partner.name : 'someone');
  const close = () => {
    setDialog(null);
    setError(null);
  };
  const send = (request: MeetingChangeRequest, showError: (e: unknown) => void = (e) => setError(describeError(e))) =>
    change.mutate({ meetingId: meeting.id, change: request }, { onSuccess: close, onError: showError });

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      aria-label={`Meeting ${mine ? formatWallClock(mine.localStart, mine.zoneAbbreviation) : meeting.startsAt}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            {mine && (
              <Text fw={600}>
                {formatWallClock(mine.localStart, mine.zoneAbbreviation)} – {formatTimeOfDay(mine.localEnd)}
                <Text span c="dimmed" size="sm" fw={400}>{` · you${mine.zoneAssumed ? ' (zone not set)' : ''}`}</Text>
              </Text>
            )}
            {theirs && (
              <Text size="sm" c="dimmed">
                {formatWallClock(theirs.localStart, theirs.zoneAbbreviation)} for {partner.name} ({zoneCity(theirs.timeZone)}
                {theirs.zoneAssumed ? ', zone not set' : ''})
              </Text>
            )}
          </Stack>
          <Group gap={6} wrap="nowrap">
            <Badge variant="light" color="gray">
              {meetingChannelLabels[meeting.channel]}
            </Badge>
            <Badge variant="light" color={statusColors[meeting.status]}>
              {meetingStatusLabels[meeting.status]}
            </Badge>
          </Group>
        </Group>
        {meeting.status === 'proposed' && (
          <Text size="sm">
            {meeting.proposedById === me.id ? `Waiting for ${partner.name} to accept.` : `${partner.name} proposed this time.`}
          </Text>
        )}
        {meeting.videoLink && (
          <Group gap={6}>
            <IconVideo size={16} aria-hidden />
            <Anchor href={meeting.videoLink} target="_blank" rel="noopener noreferrer" size="sm">
              {meeting.videoLink}
            </Anchor>
          </Group>
        )}
        {meeting.location && (
          <Group gap={6}>
            <IconMapPin size={16} aria-hidden />
            <Text size="sm">{meeting.location}</Text>
          </Group>
        )}
        {meeting.agenda && (
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Agenda · set by {nameOf(meeting.agendaById)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {meeting.agenda}
            </Text>
          </Stack>
        )}
        {meeting.summary && (
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              What we agreed
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {meeting.summary}
            </Text>
          </Stack>
        )}
        {meeting.status === 'cancelled' && meeting.cancelReason && (
          <Text size="sm" c="dimmed">
            Cancelled: {meeting.cancelReason}
          </Text>
        )}
        <Group gap="xs" mt={4}>
          {can('accept') && (
            <Button size="xs" onClick={() => send({ action: 'accept' })} loading={change.isPending}>
              Accept
            </Button>
          )}
          {can('mark_held') && (
            <Button size="xs" onClick={() => setDialog('held')}>
              Mark held
            </Button>
          )}
          {can('mark_missed') && (
            <Button size="xs" variant="default" onClick={() => send({ action: 'missed' })}>
              Mark missed
            </Button>
          )}
          {can('record_summary') && (
            <Button size="xs" variant="default" onClick={() => setDialog('summary')}>
              {meeting.summary ? 'Edit summary' : 'Add summary'}
            </Button>
          )}
          {can('set_agenda') && (
            <Button size="xs" variant="default" onClick={() => setDialog('agenda')}>
              {meeting.agenda ? 'Edit agenda' : 'Add agenda'}
            </Button>
          )}
          {can('reschedule') && (
            <Button size="xs" variant="default" onClick={() => setDialog('reschedule')}>
              Reschedule
            </Button>
          )}
          {can('cancel') && (
            <Button size="xs" variant="subtle" color="red" onClick={() => setDialog('cancel')}>
              Cancel meeting
            </Button>
          )}
          {meeting.status !== 'cancelled' && (
            <Button
              size="xs"
              variant="subtle"
              component="a"
              href={meetingCalendarFileUrl(props.relationshipId, meeting.id)}
              download
              leftSection={<IconCalendarPlus size={14} aria-hidden />}
            >
              Add to calendar
            </Button>
          )}
        </Group>
      </Stack>

      <Modal opened={dialog === 'reschedule'} onClose={close} title="Propose a new time" size="lg">
        <MeetingForm
          mode="reschedule"
          myZone={props.myZone}
          partner={partner}
          suggestedQuestions={[]}
          initial={meeting}
          pending={change.isPending}
          onCancel={close}
          onSubmit={({ agenda: _agenda, ...values }, showError) => send({ action: 'reschedule', body: values }, showError)}
        />
      </Modal>
      {dialog === 'cancel' && (
        <MeetingTextDialog
          opened
          title="Cancel this meeting"
          label="Why?"
          description={`${partner.name} sees your reason.`}
          required
          maxLength={limits.meetingReasonMax}
          submitLabel="Cancel meeting"
          pending={change.isPending}
          error={error}
          onClose={close}
          onSubmit={(reason) => send({ action: 'cancel', body: { reason } })}
        />
      )}
      {(dialog === 'held' || dialog === 'summary') && (
        <MeetingTextDialog
          opened
          title={dialog === 'held' ? 'Mark the meeting held' : 'What we agreed'}
          label="What was agreed"
          description="Decisions, next steps and who does what by when. Both of you see it."
          initial={meeting.summary}
          maxLength={limits.meetingSummaryMax}
          submitLabel={dialog === 'held' ? 'Mark held' : 'Save summary'}
          pending={change.isPending}
          error={error}
          onClose={close}
          onSubmit={(summary) =>
            send(dialog === 'held' ? { action: 'held', body: summary.trim() ? { summary } : {} } : { action: 'summary', body: { summary } })
          }
        />
      )}
      {dialog === 'agenda' && (
        <MeetingTextDialog
          opened
          title="Agenda"
          label="What do you want to talk about?"
          initial={meeting.agenda}
          maxLength={limits.meetingAgendaMax}
          submitLabel="Save agenda"
          pending={change.isPending}
          error={error}
          onClose={close}
          onSubmit={(agenda) => send({ action: 'agenda', body: { agenda } })}
        >
          {(insert) => <SuggestedQuestions questions={props.suggestedQuestions} onInsert={insert} />}
        </MeetingTextDialog>
      )}
    </Card>
  );
}
