import { Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import { mentoringFunctionLabels, type MentoringFunction } from '../../../shared/enums.ts';
import {
  declineReasonLabels,
  mentorRequestKindLabels,
  mentorRequestStatusLabels,
  type MentorRequestStatus,
} from '../../../shared/schemas/mentor-requests.ts';
import type { MentorRequest } from '../api/mentor-requests.api.ts';
import { formatDate } from '../layout/format.ts';
import { RequestActions } from './request-actions.tsx';

const statusColors: Record<MentorRequestStatus, string> = {
  open: 'blue',
  question_asked: 'violet',
  accepted: 'teal',
  declined: 'red',
  withdrawn: 'gray',
  expired: 'gray',
};

function Detail({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** One request as its mentee or mentor sees it: who, what kind, the need, the exchange so far, and what to do next. */
export function RequestCard({ request }: { request: MentorRequest }) {
  const other = request.role === 'mentor' ? request.mentee : request.mentor;
  // A need written from a gap is named after its function: the label is not repeated.
  const functions = request.need.functions
    .map((f) => mentoringFunctionLabels[f as MentoringFunction] ?? f)
    .filter((label) => label !== request.need.text)
    .join(', ');
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`Request ${request.role === 'mentor' ? 'from' : 'to'} ${other.displayName}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={650}>{request.role === 'mentor' ? `From ${other.displayName}` : `To ${other.displayName}`}</Text>
            <Text size="xs" c="dimmed">
              {mentorRequestKindLabels[request.kind]} · sent {formatDate(request.createdAt)}
              {(request.status === 'open' || request.status === 'question_asked') && ` · expires ${formatDate(request.expiresAt)}`}
            </Text>
          </div>
          <Badge color={statusColors[request.status]} variant="light">
            {request.role === 'mentor' && request.status === 'open' ? 'Waiting for your answer' : mentorRequestStatusLabels[request.status]}
          </Badge>
        </Group>
        <Detail label="Need">{functions ? `${request.need.text} (${functions})` : request.need.text}</Detail>
        <Detail label="Message">{request.message}</Detail>
        {request.planExcerpt.length > 0 && (
          <div data-testid="plan-excerpt">
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {request.role === 'mentor' ? 'From their development plan' : 'Shared from your development plan'}
            </Text>
            <List size="sm" spacing={2}>
              {request.planExcerpt.map((excerpt, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the needs as the mentee ordered them in their plan, shown read-only
                <List.Item key={index}>
                  {excerpt.text}
                  {excerpt.transition ? <Text span size="xs" c="dimmed">{` · ${excerpt.transition}`}</Text> : null}
                  {excerpt.functions.length > 0 ? (
                    <Text span size="xs" c="dimmed">{` · ${excerpt.functions.map((fn) => mentoringFunctionLabels[fn]).join(', ')}`}</Text>
                  ) : null}
                  {excerpt.expertiseAreas.length > 0 ? (
                    <Text span size="xs" c="dimmed">{` · ${excerpt.expertiseAreas.join(', ')}`}</Text>
                  ) : null}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Group grow align="flex-start">
          <Detail label="Frequency">{request.frequency}</Detail>
          <Detail label="Will invest">{request.investment}</Detail>
        </Group>
        {request.reverseOffer && (
          <Detail label={request.role === 'mentor' ? 'Offers you in return' : 'You offered in return'}>{request.reverseOffer}</Detail>
        )}
        {request.question && <Detail label="Mentor’s question">{request.question}</Detail>}
        {request.answer && <Detail label="Answer">{request.answer}</Detail>}
        {request.declineReason && (
          <Detail label="Declined">{[declineReasonLabels[request.declineReason], request.declineText].filter(Boolean).join(': ')}</Detail>
        )}
        <RequestActions request={request} />
      </Stack>
    </Paper>
  );
}
