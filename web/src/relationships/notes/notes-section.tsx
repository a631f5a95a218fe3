import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconLock from '~icons/tabler/lock';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { limits } from '../../../../shared/limits.ts';
import type { NoteVisibility, RelationshipDetail } from '../../../../shared/schemas/index.ts';
import { createNote, fetchNotesPage, notesQueryKey } from '../../api/notes.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';
import { LoadMore } from '../../layout/load-more.tsx';
import { ErrorState } from '../../layout/query-state.tsx';
import { usePagedList } from '../../layout/use-paged-list.ts';
import { NoteCard } from './note-card.tsx';

/** Shared notes (both see and comment) and private notes (only their author, ever). The pair only. */
export function NotesSection({ relationship }: { relationship: RelationshipDetail }) {
  const queryClient = useQueryClient();
  const [visibility, setVisibility] = useState<NoteVisibility>('shared');
  const [body, setBody] = useState('');
  const notes = usePagedList({ queryKey: notesQueryKey(relationship.id), fetchPage: (cursor) => fetchNotesPage(relationship.id, cursor) });
  const canWrite = relationship.status === 'active';
  const write = useMutation({
    mutationFn: () => createNote(relationship.id, { visibility, body }),
    onSuccess: async (note) => {
      setBody('');
      notifications.show({
        color: 'teal',
        title: note.visibility === 'private' ? 'Private note saved' : 'Note shared',
        message: note.visibility === 'private' ? 'Only you can see it.' : 'Your partner can read and comment on it.',
      });
      await queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationship.id) });
    },
  });
  const partner = relationship.viewerRole === 'mentor' ? relationship.mentee.name : relationship.mentor.name;

  return (
    <Stack component="section" aria-labelledby="notes-heading" gap="sm">
      <Title order={2} id="notes-heading">
        Notes
      </Title>
      {canWrite ? (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <SegmentedControl
              aria-label="Who can see this note"
              value={visibility}
              onChange={(v) => setVisibility(v as NoteVisibility)}
              data={[
                { value: 'shared', label: `Shared with ${partner}` },
                { value: 'private', label: 'Private: only me' },
              ]}
              w="fit-content"
            />
            <Textarea
              label={visibility === 'private' ? 'Private note' : 'Shared note'}
              autosize
              minRows={3}
              maxLength={limits.noteBodyMax}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
            {visibility === 'private' ? (
              <Text size="xs" c="dimmed">
                <IconLock size={12} aria-hidden /> Only you can see a private note: not {partner}, not the program’s coordinators, not an
                admin or an export.
              </Text>
            ) : null}
            {write.error ? <Alert color="red">{write.error.message}</Alert> : null}
            <Group justify="flex-end">
              <Button loading={write.isPending} disabled={!body.trim()} onClick={() => write.mutate()}>
                {visibility === 'private' ? 'Save private note' : 'Share note'}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      {notes.isError ? <ErrorState title="Could not load the notes" error={notes.error} onRetry={notes.refetch} /> : null}
      {notes.isSuccess && notes.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes yet.
        </Text>
      ) : null}
      {notes.items.map((note) => (
        <NoteCard key={note.id} relationshipId={relationship.id} note={note} canWrite={canWrite} />
      ))}
      {notes.hasMore ? <LoadMore list={notes} noun="notes" /> : null}
    </Stack>
  );
}
