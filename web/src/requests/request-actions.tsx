import { Alert, Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { limits } from '../../../shared/limits.ts';
import { declineReasonLabels, declineReasons, type DeclineReason } from '../../../shared/schemas/mentor-requests.ts';
import { describeError } from '../api/api-error.ts';
import { changeMentorRequest, myMentorRequestsQueryKey, type MentorRequest } from '../api/mentor-requests.api.ts';

type Mode = 'idle' | 'question' | 'decline' | 'answer';

/**
 * What the caller may do with a request now: the mentor asks their one question, accepts or
 * declines with a reason; the mentee answers the question or withdraws. An accepted request
 * links to its relationship.
 */
export function RequestActions({ request }: { request: MentorRequest }) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>('idle');
  const [text, setText] = useState('');
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const change = useMutation({
    mutationFn: ({ action, body }: { action: Parameters<typeof changeMentorRequest>[1]; body?: unknown }) =>
      changeMentorRequest(request.id, action, body),
    onSuccess: async () => {
      setMode('idle');
      setText('');
      await queryClient.invalidateQueries({ queryKey: myMentorRequestsQueryKey });
    },
  });
  const error = change.error ? (
    <Alert color="red" role="alert">
      {describeError(change.error)}
    </Alert>
  ) : null;

  if (request.status === 'accepted' && request.relationshipId) {
    return (
      <Button component={Link} to={`/relationships/${request.relationshipId}`} variant="light" size="xs" w="fit-content">
        Open the relationship
      </Button>
    );
  }
  const pending = request.status === 'open' || request.status === 'question_asked';
  if (!pending) return null;
  const isMentor = request.role === 'mentor';

  if (mode === 'question' || mode === 'answer') {
    const label = mode === 'question' ? 'Your question' : 'Your answer';
    return (
      <Stack gap="xs">
        <Textarea
          label={label}
          autosize
          minRows={2}
          maxLength={limits.mentorRequestQuestionMax}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {error}
        <Group gap="xs">
          <Button
            size="xs"
            loading={change.isPending}
            onClick={() =>
              change.mutate(
                mode === 'question' ? { action: 'question', body: { question: text } } : { action: 'answer', body: { answer: text } },
              )
            }
          >
            {mode === 'question' ? 'Ask' : 'Send answer'}
          </Button>
          <Button size="xs" variant="default" onClick={() => setMode('idle')}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }
  if (mode === 'decline') {
    return (
      <Stack gap="xs">
        <Select
          label="Reason"
          required
          data={declineReasons.map((r) => ({ value: r, label: declineReasonLabels[r] }))}
          value={reason}
          onChange={(value) => setReason(value as DeclineReason | null)}
        />
        <Textarea
          label={reason === 'other' ? 'Why' : 'A word to the mentee (optional)'}
          required={reason === 'other'}
          autosize
          minRows={2}
          maxLength={limits.mentorRequestQuestionMax}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {error}
        <Group gap="xs">
          <Button
            size="xs"
            color="red"
            disabled={!reason}
            loading={change.isPending}
            onClick={() => change.mutate({ action: 'decline', body: { reason, text: text || undefined } })}
          >
            Decline request
          </Button>
          <Button size="xs" variant="default" onClick={() => setMode('idle')}>
            Cancel
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      {error}
      <Group gap="xs">
        {isMentor && request.status === 'open' && (
          <Button size="xs" loading={change.isPending} onClick={() => change.mutate({ action: 'accept' })}>
            Accept
          </Button>
        )}
        {isMentor && request.question === null && request.status === 'open' && (
          <Button size="xs" variant="light" onClick={() => setMode('question')}>
            Ask a question first
          </Button>
        )}
        {isMentor && (
          <Button size="xs" variant="default" onClick={() => setMode('decline')}>
            Decline
          </Button>
        )}
        {!isMentor && request.status === 'question_asked' && (
          <Button size="xs" onClick={() => setMode('answer')}>
            Answer the question
          </Button>
        )}
        {!isMentor && (
          <Button size="xs" variant="subtle" color="gray" loading={change.isPending} onClick={() => change.mutate({ action: 'withdraw' })}>
            Withdraw
          </Button>
        )}
      </Group>
    </Stack>
  );
}
