import { Button, Collapse, Group, Paper, Stack, Text, Title } from '@mantine/core';
import IconBulb from '~icons/tabler/bulb';
import IconPlus from '~icons/tabler/plus';
import { useState } from 'react';
import type { RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { addLearningLogEntry } from '../../api/learning-log.api.ts';
import { LoadMore } from '../../layout/load-more.tsx';
import { EmptyNote, ErrorState } from '../../layout/query-state.tsx';
import { LearningLogEntryCard } from './learning-log-entry-card.tsx';
import { emptyLearningLogForm, LearningLogForm, type LearningLogFormValues } from './learning-log-form.tsx';
import { useLearningLogChange, useLearningLogList } from './use-learning-log.ts';

/**
 * Both sides learn: each records what they tried, what happened and what they learned. Entries
 * are their author's alone unless shared with the partner; coordinators never see this section.
 */
export function LearningLogSection({ relationship }: { relationship: RelationshipDetail }) {
  const viewerRole = relationship.viewerRole;
  const pair = viewerRole !== 'coordinator';
  const query = useLearningLogList(relationship.id, pair);
  const [adding, setAdding] = useState(false);
  const add = useLearningLogChange(
    relationship.id,
    (values: LearningLogFormValues) => addLearningLogEntry(relationship.id, values),
    'Entry saved',
    { errorsInForm: true },
  );
  if (!pair) return null;
  const partnerName = viewerRole === 'mentor' ? relationship.mentee.name : relationship.mentor.name;
  const editable = relationship.status === 'active';
  const entries = query.items;
  return (
    <Stack component="section" aria-labelledby="learning-log-heading" gap="md">
      <Group justify="space-between">
        <Group gap="xs">
          <IconBulb aria-hidden />
          <Title order={2} id="learning-log-heading">
            Learning log
          </Title>
        </Group>
        {editable && !adding ? (
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            New entry
          </Button>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        Reflect, try, evaluate, reflect again: {viewerRole === 'mentor' ? 'mentors learn too.' : 'your mentor keeps one too.'} Entries are
        private until you choose to share one with {partnerName}.
      </Text>
      <Collapse expanded={adding}>
        <Paper withBorder p="md">
          <LearningLogForm
            initialValues={emptyLearningLogForm}
            partnerName={partnerName}
            submitLabel="Save entry"
            pending={add.isPending}
            onCancel={() => setAdding(false)}
            onSubmit={(values, showError, reset) =>
              add.mutate(values, {
                onSuccess: () => {
                  reset();
                  setAdding(false);
                },
                onError: showError,
              })
            }
          />
        </Paper>
      </Collapse>
      {query.isError ? <ErrorState title="Could not load the learning log" error={query.error} onRetry={query.refetch} /> : null}
      {query.isSuccess && entries.length === 0 ? (
        <EmptyNote title="Nothing logged yet">
          After a meeting or an experiment at work, note what you tried and what it taught you.
        </EmptyNote>
      ) : null}
      {entries.map((entry) => (
        <LearningLogEntryCard key={entry.id} relationshipId={relationship.id} entry={entry} partnerName={partnerName} editable={editable} />
      ))}
      {query.hasMore ? <LoadMore list={query} noun="entries" /> : null}
    </Stack>
  );
}
