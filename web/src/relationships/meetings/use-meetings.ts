import { notifications } from '@mantine/notifications';
import { type InfiniteData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../api/api-error.ts';
import { calendarFeedQueryKey, createCalendarFeed, fetchCalendarFeedStatus, revokeCalendarFeed } from '../../api/calendar.api.ts';
import {
  changeMeeting,
  fetchMeetingsPage,
  meetingsQueryKey,
  proposeMeeting,
  type MeetingChangeRequest,
  type MeetingPage,
  type MeetingPeriod,
  type ProposeMeeting,
} from '../../api/meetings.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';
import { usePagedList } from '../../layout/use-paged-list.ts';

/**
 * One of the pair's meeting lists (upcoming soonest first, or past newest first), a page at a
 * time, with the open questions to suggest for agendas that its pages carry.
 *
 * @example const upcoming = useMeetingList(relationshipId, 'upcoming', true); upcoming.items.map(...)
 */
export function useMeetingList(relationshipId: string, when: MeetingPeriod, enabled: boolean) {
  const queryClient = useQueryClient();
  const queryKey = meetingsQueryKey(relationshipId, when);
  const list = usePagedList({ queryKey, fetchPage: (cursor) => fetchMeetingsPage(relationshipId, when, cursor), enabled });
  // Read from the same cache entry the list renders from, so it is there whenever the list's rows are.
  const firstPage = queryClient.getQueryData<InfiniteData<MeetingPage>>(queryKey)?.pages[0];
  return { ...list, suggestedQuestions: firstPage?.suggestedQuestions ?? [] };
}

/** Proposes a meeting; the form shows field problems itself (onError given by the caller). */
export function useProposeMeeting(relationshipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProposeMeeting) => proposeMeeting(relationshipId, body),
    onSuccess: async () => {
      notifications.show({ color: 'teal', title: 'Meeting proposed', message: 'Your partner sees it and can accept it.' });
      // Meetings feed the stage signals and the last touch point: refresh the whole relationship.
      await queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationshipId) });
    },
  });
}

const doneMessages: Record<MeetingChangeRequest['action'], string> = {
  accept: 'Meeting accepted',
  reschedule: 'New time proposed',
  cancel: 'Meeting cancelled',
  held: 'Marked as held',
  missed: 'Marked as missed',
  agenda: 'Agenda saved',
  summary: 'Summary saved',
};

/** Any change of a meeting; a held meeting also moves the relationship's last touch point. */
export function useChangeMeeting(relationshipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, change }: { meetingId: string; change: MeetingChangeRequest }) =>
      changeMeeting(relationshipId, meetingId, change),
    onSuccess: async (_meeting, { change }) => {
      notifications.show({ color: 'teal', title: doneMessages[change.action], message: '' });
      await queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationshipId) });
    },
  });
}

export function useCalendarFeedQuery() {
  return useQuery({ queryKey: calendarFeedQueryKey, queryFn: fetchCalendarFeedStatus });
}

export function useCalendarFeedMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: calendarFeedQueryKey });
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', title: 'Calendar feed not changed', message: describeError(error) });
  return {
    create: useMutation({ mutationFn: createCalendarFeed, onSuccess: refresh, onError }),
    revoke: useMutation({
      mutationFn: revokeCalendarFeed,
      onSuccess: async () => {
        notifications.show({ color: 'teal', title: 'Calendar feed revoked', message: 'Its URL no longer works.' });
        await refresh();
      },
      onError,
    }),
  };
}
