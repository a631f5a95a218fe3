import { Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import IconCalendarEvent from '~icons/tabler/calendar-event';
import IconPlus from '~icons/tabler/plus';
import { useState } from 'react';
import type { Meeting } from '../../api/meetings.api.ts';
import type { RelationshipDetail } from '../../api/relationships.api.ts';
import { LoadMore } from '../../layout/load-more.tsx';
import { ErrorState, PageLoader } from '../../layout/query-state.tsx';
import { CalendarFeedCard } from './calendar-feed-card.tsx';
import { MeetingCard } from './meeting-card.tsx';
import { MeetingForm } from './meeting-form.tsx';
import { browserTimeZone, zoneCity } from './meeting-time.ts';
import { useMeetingList, useProposeMeeting } from './use-meetings.ts';

/**
 * The pair's meetings: propose one on my own clock (my partner's time shown live), the open
 * ones to accept, move or hold, and past ones with what was agreed (each list paged on the
 * server); plus my calendar feed. Coordinators see nothing of it (meetings are the pair's).
 */
export function MeetingsSection({ relationship }: { relationship: RelationshipDetail }) {
  const participant = relationship.viewerRole !== 'coordinator';
  const upcoming = useMeetingList(relationship.id, 'upcoming', participant);
  const past = useMeetingList(relationship.id, 'past', participant);
  const propose = useProposeMeeting(relationship.id);
  const [proposing, setProposing] = useState(false);
  if (!participant) return null;
  const me = relationship.viewerRole === 'mentor' ? relationship.mentor : relationship.mentee;
  const partner = relationship.viewerRole === 'mentor' ? relationship.mentee : relationship.mentor;
  const myZone = me.timeZone ?? browserTimeZone();
  const active = relationship.status === 'active';
  const suggestedQuestions = upcoming.suggestedQuestions;
  const card = (meeting: Meeting) => (
    <MeetingCard
      key={meeting.id}
      meeting={meeting}
      relationshipId={relationship.id}
      me={me}
      partner={partner}
      myZone={myZone}
      suggestedQuestions={suggestedQuestions}
    />
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="meetings-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Group gap="xs">
            <IconCalendarEvent size={22} aria-hidden />
            <Title order={2} size="h3" id="meetings-title">
              Meetings
            </Title>
          </Group>
          {active && !proposing && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setProposing(true)}>
              Propose a meeting
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          Times are shown on your clock ({zoneCity(myZone)}
          {me.timeZone ? '' : ', from this browser: set your time zone in your profile'}) and on {partner.name}’s. Aim for at least one
          touch point a month; mixing channels is fine.
        </Text>
        <Collapse expanded={proposing}>
          <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
            {proposing && (
              <MeetingForm
                mode="propose"
                myZone={myZone}
                partner={partner}
                suggestedQuestions={suggestedQuestions}
                pending={propose.isPending}
                onCancel={() => setProposing(false)}
                onSubmit={(values, showError) => propose.mutate(values, { onSuccess: () => setProposing(false), onError: showError })}
              />
            )}
          </Paper>
        </Collapse>
        {upcoming.isPending && <PageLoader label="Loading meetings" />}
        {upcoming.isError && <ErrorState error={upcoming.error} onRetry={upcoming.refetch} />}
        {upcoming.isSuccess && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              Upcoming
            </Title>
            {upcoming.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                No meetings planned. Propose one to keep the momentum going.
              </Text>
            ) : (
              upcoming.items.map(card)
            )}
            {upcoming.hasMore ? <LoadMore list={upcoming} noun="upcoming meetings" /> : null}
          </Stack>
        )}
        {past.isError && <ErrorState title="Could not load past meetings" error={past.error} onRetry={past.refetch} />}
        {past.items.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              Past and cancelled
            </Title>
            {past.items.map(card)}
            {past.hasMore ? <LoadMore list={past} noun="past meetings" /> : null}
          </Stack>
        )}
        <CalendarFeedCard />
      </Stack>
    </Paper>
  );
}
