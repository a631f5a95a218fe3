import { Anchor, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import IconSend from '~icons/tabler/send';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { MentoringFunction } from '../../../shared/enums.ts';
import { askForHelpPath, fetchMyGapSuggestions, myGapSuggestionsQueryKey, type GapSuggestion } from '../api/gap-suggestions.api.ts';

function SuggestionCard({ suggestion, needLabel, fn }: { suggestion: GapSuggestion; needLabel: string; fn: MentoringFunction }) {
  const role = [...new Set([suggestion.profession, suggestion.department].filter((part): part is string => Boolean(part)))].join(' · ');
  return (
    <Paper withBorder radius="sm" p="xs" component="li" aria-label={suggestion.name} style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={650}>
            {suggestion.name}
            {role && (
              <Text span size="xs" c="dimmed" ml={6}>
                {role}
              </Text>
            )}
          </Text>
          <Text size="xs">{suggestion.reason}</Text>
          {suggestion.details.length > 0 && (
            <Text size="xs" c="dimmed">
              {suggestion.details.join(' · ')}
            </Text>
          )}
        </Stack>
        <Button
          component={Link}
          to={askForHelpPath(suggestion.personId, needLabel, fn)}
          size="xs"
          variant="light"
          leftSection={<IconSend size={14} aria-hidden />}
          aria-label={`Ask ${suggestion.name} for help with ${needLabel.toLowerCase()}`}
          style={{ flexShrink: 0 }}
        >
          Ask for help
        </Button>
      </Group>
    </Paper>
  );
}

/**
 * Who could fill one gap: people on the platform who offer the function, those who would
 * widen the network first, each with why and an "Ask for help" link to the request form.
 */
export function GapSuggestionList({ gap }: { gap: MentoringFunction }) {
  const query = useQuery({ queryKey: myGapSuggestionsQueryKey, queryFn: fetchMyGapSuggestions });
  if (query.isPending) return <Loader size="xs" aria-label="Looking for people who could help" />;
  if (query.isError) {
    return (
      <Text size="xs" c="red">
        Suggestions could not be loaded.{' '}
        <Anchor component="button" size="xs" onClick={() => void query.refetch()}>
          Try again
        </Anchor>
      </Text>
    );
  }
  const entry = query.data.gaps.find((candidate) => candidate.function === gap);
  if (!entry || entry.suggestions.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        Nobody on the platform offers this with a place free right now; someone outside it may.
      </Text>
    );
  }
  return (
    <Stack component="ul" gap={6} p={0} m={0} aria-label={`People who could give you ${entry.label.toLowerCase()}`}>
      {entry.suggestions.map((suggestion) => (
        <SuggestionCard key={suggestion.personId} suggestion={suggestion} needLabel={entry.label} fn={entry.function} />
      ))}
    </Stack>
  );
}
