import { Badge, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchMyMentorRequests, myMentorRequestsQueryKey, type MentorRequest } from '../api/mentor-requests.api.ts';
import { EmptyNote, ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { RequestCard } from './request-card.tsx';

function RequestList({ requests, empty }: { requests: MentorRequest[]; empty: string }) {
  if (requests.length === 0) return <EmptyNote title={empty} />;
  return (
    <Stack gap="sm">
      {requests.map((request) => (
        <RequestCard key={request.id} request={request} />
      ))}
    </Stack>
  );
}

/** "Requests": the mentor requests I sent (with status) and my inbox of those I received. */
export function RequestsPage() {
  usePageTitle('Requests');
  const query = useQuery({ queryKey: myMentorRequestsQueryKey, queryFn: fetchMyMentorRequests });
  if (query.isPending) return <PageLoader label="Loading your requests" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { sent, received } = query.data;
  const waiting = received.filter((r) => r.status === 'open').length;
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>Requests</Title>
        <Text c="dimmed">
          Mentor requests you sent, and those people sent you. A waiting request holds one of the mentor’s places until it is answered.
        </Text>
      </div>
      <Tabs defaultValue={received.length > 0 && sent.length === 0 ? 'received' : 'sent'}>
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
          <RequestList requests={sent} empty="You have not sent any requests yet. Ask someone from the suggestions on My network." />
        </Tabs.Panel>
        <Tabs.Panel value="received" pt="md">
          <RequestList requests={received} empty="No one has sent you a request yet." />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
