import { Badge, Stack, Tabs, Text, Title } from '@mantine/core';
import { fetchMyMentorRequestPage, type MentorRequest, myMentorRequestBoxQueryKey, type RequestBox } from '../api/mentor-requests.api.ts';
import { LoadMore } from '../layout/load-more.tsx';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { type PagedList, usePagedList } from '../layout/use-paged-list.ts';
import { RequestCard } from './request-card.tsx';

function useRequestBox(box: RequestBox): PagedList<MentorRequest> {
  return usePagedList({ queryKey: myMentorRequestBoxQueryKey(box), fetchPage: (cursor) => fetchMyMentorRequestPage(box, cursor) });
}

function RequestList({ list, empty }: { list: PagedList<MentorRequest>; empty: string }) {
  if (list.items.length === 0) return <EmptyNote title={empty} />;
  return (
    <Stack gap="sm">
      {list.items.map((request) => (
        <RequestCard key={request.id} request={request} />
      ))}
      {list.hasMore ? <LoadMore list={list} noun="requests" /> : null}
    </Stack>
  );
}

/** "Requests": the mentor requests I sent (with status) and my inbox of those I received. */
export function RequestsPage() {
  usePageTitle('Requests');
  const sent = useRequestBox('sent');
  const received = useRequestBox('received');
  if (sent.isPending || received.isPending) return <PageLoader label="Loading your requests" />;
  const failed = sent.isError ? sent : received.isError ? received : null;
  if (failed) return <ErrorState error={failed.error} onRetry={failed.refetch} />;
  // Open requests among the inbox's loaded pages (newest first, so the waiting ones come early).
  const waiting = received.items.filter((r) => r.status === 'open').length;
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Requests</Title>
        <Text c="dimmed">
          Mentor requests you sent, and those people sent you. A waiting request holds one of the mentor’s places until it is answered.
        </Text>
      </div>
      <Tabs defaultValue={received.items.length > 0 && sent.items.length === 0 ? 'received' : 'sent'}>
        <Tabs.List>
          <Tabs.Tab value="sent">My requests</Tabs.Tab>
          <Tabs.Tab
            value="received"
            rightSection={
              waiting > 0 ? (
                <Badge size="xs" circle>
                  {waiting}
                </Badge>
              ) : null
            }
          >
            Inbox
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sent" pt="md">
          <RequestList list={sent} empty="You have not sent any requests yet. Ask someone from the suggestions on My network." />
        </Tabs.Panel>
        <Tabs.Panel value="received" pt="md">
          <RequestList list={received} empty="No one has sent you a request yet." />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
