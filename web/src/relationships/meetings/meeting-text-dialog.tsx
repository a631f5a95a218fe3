import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * A small dialog asking for one text (a cancellation reason, what was agreed, an agenda), with
 * optional help below the field (suggested questions).
 */
export function MeetingTextDialog(props: {
  opened: boolean;
  title: string;
  label: string;
  description?: string;
  initial?: string;
  required?: boolean;
  maxLength: number;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onClose: () => void;
  onSubmit: (text: string) => void;
  children?: (insert: (text: string) => void) => ReactNode;
}) {
  const [text, setText] = useState(props.initial ?? '');
  const missing = props.required && text.trim() === '';
  const insert = (line: string) => setText((current) => (current ? `${current.trimEnd()}\n- ${line}` : `- ${line}`));
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!missing) props.onSubmit(text);
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={props.label}
            description={props.description}
            required={props.required}
            autosize
            minRows={4}
            maxLength={props.maxLength}
            value={text}
            error={props.error}
            onChange={(event) => setText(event.currentTarget.value)}
            data-autofocus
          />
          {props.children?.(insert)}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Close
            </Button>
            <Button type="submit" loading={props.pending} disabled={missing}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
