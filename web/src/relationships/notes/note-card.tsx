import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import IconDots from '~icons/tabler/dots';
import IconLock from '~icons/tabler/lock';
import IconUsers from '~icons/tabler/users';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { limits } from '../../../../shared/limits.ts';
import type { Note } from '../../../../shared/schemas/index.ts';
import { commentOnNote, deleteNote, updateNote } from '../../api/notes.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';
import { formatDate } from '../../layout/format.ts';

/** One note: private ones say plainly that only the author sees them; shared ones take comments. */
export function NoteCard({ relationshipId, note, canWrite }: { relationshipId: string; note: Note; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.body);
  const [comment, setComment] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationshipId) });
  const onError = (error: Error) => notifications.show({ color: 'red', title: 'Not saved', message: error.message });
  const save = useMutation({
    mutationFn: () => updateNote(relationshipId, note.id, { body: draft }),
    onSuccess: async () => {
      setEditing(false);
      await refresh();
    },
    onError,
  });
  const remove = useMutation({ mutationFn: () => deleteNote(relationshipId, note.id), onSuccess: refresh, onError });
  const reply = useMutation({
    mutationFn: () => commentOnNote(relationshipId, note.id, comment),
    onSuccess: async () => {
      setComment('');
      await refresh();
    },
    onError,
  });
  const isPrivate = note.visibility === 'private';

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg={isPrivate ? 'var(--mantine-color-gray-0)' : undefined}
      aria-label={isPrivate ? 'Private note' : 'Shared note'}
      component="article"
    >
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          {isPrivate ? (
            <Badge color="gray" variant="light" leftSection={<IconLock size={12} aria-hidden />}>
              Private · only you can see this
            </Badge>
          ) : (
            <Badge color="indigo" variant="light" leftSection={<IconUsers size={12} aria-hidden />}>
              Shared with your partner
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {note.mine ? 'You' : note.author.name} · {formatDate(note.createdAt)}
            {note.updatedAt !== note.createdAt ? ' · edited' : ''}
          </Text>
        </Group>
        {note.mine && canWrite ? (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label="Note actions">
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => setEditing(true)}>Edit</Menu.Item>
              <Menu.Item color="red" onClick={() => remove.mutate()}>
                Delete
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      {editing ? (
        <Stack gap="xs">
          <Textarea
            aria-label="Edit note"
            autosize
            minRows={2}
            maxLength={limits.noteBodyMax}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          <Group gap="xs">
            <Button size="xs" loading={save.isPending} disabled={!draft.trim()} onClick={() => save.mutate()}>
              Save
            </Button>
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text style={{ whiteSpace: 'pre-wrap' }}>{note.body}</Text>
      )}
      {isPrivate ? null : (
        <Stack gap={6} mt="sm" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
          {note.comments.map((c) => (
            <Text key={c.id} size="sm">
              <Text span fw={600} size="sm">
                {c.author.name}
              </Text>{' '}
              {c.body}
            </Text>
          ))}
          {canWrite ? (
            <Group gap="xs" align="flex-end">
              <Textarea
                aria-label={`Comment on the note by ${note.author.name}`}
                placeholder="Add a comment"
                autosize
                minRows={1}
                maxLength={limits.noteCommentMax}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                style={{ flex: 1 }}
              />
              <Button size="xs" variant="light" loading={reply.isPending} disabled={!comment.trim()} onClick={() => reply.mutate()}>
                Comment
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
