import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { PlanComment } from '../api/networks.api.ts';
import { formatDate } from '../layout/format.ts';

/** A supervisor's encouragement and suggestions on a plan, oldest first. */
export function PlanComments({ comments }: { comments: readonly PlanComment[] }) {
  if (comments.length === 0) return null;
  return (
    <Stack gap="xs" aria-label="Comments from your supervisor">
      {comments.map((comment) => (
        <Paper key={comment.id} withBorder p="sm" radius="md" bg="gray.0">
          <Group gap="xs" mb={4}>
            <Badge size="sm" variant="light" color={comment.kind === 'encouragement' ? 'teal' : 'indigo'}>
              {comment.kind === 'encouragement' ? 'Encouragement' : 'Suggestion'}
            </Badge>
            <Text size="xs" c="dimmed">
              {comment.authorName} · {formatDate(comment.createdAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
