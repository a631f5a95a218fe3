import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Program } from '../../../shared/schemas/index.ts';
import { ApiError } from '../api/api-error.ts';
import { ErrorState } from '../layout/query-state.tsx';
import { formatScore } from './matching-labels.ts';
import { useSuggestionsQuery } from './use-matching-queries.ts';

/** A 4xx means suggestions do not apply here (not a mentee, not a self-match program): show nothing. */
function isNotApplicable(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * For a mentee: mentors with room, best fit first, and why each fits. Hidden when there are none,
 * and in group programs (they form circles, not pairs).
 */
export function SuggestedMentorsSection({ program }: { program: Program }) {
  const isMentee = program.myRoles.includes('mentee') && !program.myRoles.includes('coordinator') && program.type !== 'group';
  const suggestionsQuery = useSuggestionsQuery(program.id, isMentee);
  if (!isMentee) return null;
  if (suggestionsQuery.isError) {
    if (isNotApplicable(suggestionsQuery.error)) return null;
    return (
      <ErrorState title="Could not load suggested mentors" error={suggestionsQuery.error} onRetry={() => void suggestionsQuery.refetch()} />
    );
  }
  const suggestions = suggestionsQuery.data ?? [];
  if (suggestions.length === 0) return null;

  return (
    <Stack component="section" aria-labelledby="suggested-mentors-heading" gap="md">
      <Stack gap={2}>
        <Title order={2} id="suggested-mentors-heading">
          Suggested mentors
        </Title>
        <Text size="sm" c="dimmed">
          Mentors with room to take you on, best fit first, from what you and they shared at intake.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {suggestions.map((suggestion) => (
          <Paper key={suggestion.mentorId} withBorder p="md" component="article" aria-labelledby={`suggestion-${suggestion.mentorId}`}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Title order={3} size="h5" id={`suggestion-${suggestion.mentorId}`}>
                  {suggestion.mentorName}
                </Title>
                <Badge variant="light" color="teal">
                  {formatScore(suggestion.score)} match
                </Badge>
              </Group>
              {suggestion.reasons.length > 0 ? (
                <List size="sm" spacing={2} aria-label={`Why ${suggestion.mentorName} fits`}>
                  {suggestion.reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
              ) : null}
              {suggestion.warnings.map((warning) => (
                <Text key={warning} size="sm" c="orange.8">
                  Note: {warning}
                </Text>
              ))}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
