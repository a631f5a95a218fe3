import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import IconPlus from '~icons/tabler/plus';
import IconTrash from '~icons/tabler/trash';
import { useState } from 'react';
import { meetingChannelLabels, meetingChannels, type MeetingChannel } from '../../../../shared/enums.ts';
import { limits } from '../../../../shared/limits.ts';
import {
  agreementCadenceLabels,
  agreementCadences,
  type AgreementContent,
  type AgreementCadence,
} from '../../../../shared/schemas/index.ts';

/** Server field paths under a prefix ("content." for agreements, "" for templates) mapped to messages. */
export type FieldErrors = Record<string, string>;

type Meetings = AgreementContent['meetings'];
type Confidentiality = AgreementContent['confidentiality'];

/** Cadence, length, channels and the pair's own meeting guidelines. */
export function MeetingFields({
  value,
  onChange,
  errors,
  prefix,
}: {
  value: Meetings;
  onChange: (value: Meetings) => void;
  errors: FieldErrors;
  prefix: string;
}) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label="How often we meet"
          data={agreementCadences.map((cadence) => ({ value: cadence, label: agreementCadenceLabels[cadence] }))}
          value={value.cadence}
          allowDeselect={false}
          onChange={(cadence) => cadence && onChange({ ...value, cadence: cadence as AgreementCadence })}
          error={errors[`${prefix}meetings.cadence`]}
        />
        <NumberInput
          label="Length of a meeting (minutes)"
          min={15}
          max={240}
          step={15}
          value={value.lengthMinutes}
          onChange={(minutes) => onChange({ ...value, lengthMinutes: typeof minutes === 'number' ? minutes : value.lengthMinutes })}
          error={errors[`${prefix}meetings.lengthMinutes`]}
        />
      </SimpleGrid>
      <Checkbox.Group
        label="Channels"
        description="Blending channels helps: a call between meetings counts too."
        value={value.channels}
        onChange={(channels) =>
          onChange({ ...value, channels: meetingChannels.filter((channel) => channels.includes(channel)) as MeetingChannel[] })
        }
        error={errors[`${prefix}meetings.channels`]}
      >
        <Group gap="md" mt={6}>
          {meetingChannels.map((channel) => (
            <Checkbox key={channel} value={channel} label={meetingChannelLabels[channel]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label="Meeting guidelines"
        description="Who schedules, how to cancel, how to reach each other between meetings."
        autosize
        minRows={2}
        maxLength={limits.agreementTextMax}
        value={value.guidelines}
        onChange={(event) => onChange({ ...value, guidelines: event.currentTarget.value })}
        error={errors[`${prefix}meetings.guidelines`]}
      />
    </Stack>
  );
}

/** What stays between the two, and what the program may see. */
export function ConfidentialityFields({
  value,
  onChange,
  errors,
  prefix,
}: {
  value: Confidentiality;
  onChange: (value: Confidentiality) => void;
  errors: FieldErrors;
  prefix: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Textarea
        label="What stays between us"
        autosize
        minRows={3}
        maxLength={limits.agreementTextMax}
        value={value.betweenUs}
        onChange={(event) => onChange({ ...value, betweenUs: event.currentTarget.value })}
        error={errors[`${prefix}confidentiality.betweenUs`]}
      />
      <Textarea
        label="What the program may see"
        autosize
        minRows={3}
        maxLength={limits.agreementTextMax}
        value={value.programMaySee}
        onChange={(event) => onChange({ ...value, programMaySee: event.currentTarget.value })}
        error={errors[`${prefix}confidentiality.programMaySee`]}
      />
    </SimpleGrid>
  );
}

interface ItemListFieldProps {
  label: string;
  description?: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** Starting points to add with one click (those already listed are hidden). */
  suggestions?: readonly string[];
  error?: string | undefined;
  addLabel: string;
}

/** A short list of short texts: edit, remove, add your own or pick a suggestion. */
export function ItemListField({ label, description, items, onChange, suggestions = [], error, addLabel }: ItemListFieldProps) {
  const [draft, setDraft] = useState('');
  const listed = new Set(items.map((item) => item.trim().toLowerCase()));
  const open = suggestions.filter((suggestion) => !listed.has(suggestion.toLowerCase()));
  const full = items.length >= limits.agreementListMax;
  const add = (text: string) => {
    const trimmed = text.trim();
    if (trimmed && !listed.has(trimmed.toLowerCase()) && !full) onChange([...items, trimmed]);
  };
  return (
    <Stack gap={6} role="group" aria-label={label}>
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {description ? (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        ) : null}
      </div>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are plain texts being edited in place (two may be equal); the position is their identity
        <Group key={index} gap="xs" wrap="nowrap">
          <TextInput
            aria-label={`${label}, item ${index + 1}`}
            style={{ flex: 1 }}
            maxLength={limits.agreementItemMax}
            value={item}
            onChange={(event) => onChange(items.map((other, i) => (i === index ? event.currentTarget.value : other)))}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove “${item}”`}
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={addLabel}
          placeholder={addLabel}
          style={{ flex: 1 }}
          maxLength={limits.agreementItemMax}
          value={draft}
          disabled={full}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add(draft);
              setDraft('');
            }
          }}
        />
        <Button
          variant="default"
          disabled={full || !draft.trim()}
          onClick={() => {
            add(draft);
            setDraft('');
          }}
        >
          Add
        </Button>
      </Group>
      {open.length > 0 && !full ? (
        <Group gap={6} aria-label={`Suggestions for ${label.toLowerCase()}`}>
          {open.map((suggestion) => (
            <Button
              key={suggestion}
              size="compact-xs"
              variant="light"
              radius="xl"
              leftSection={<IconPlus size={12} aria-hidden />}
              onClick={() => add(suggestion)}
            >
              {suggestion}
            </Button>
          ))}
        </Group>
      ) : null}
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The first error under a list's path ("content.firstGoals", "content.firstGoals.2"). */
export function listError(errors: FieldErrors, path: string): string | undefined {
  const key = Object.keys(errors).find((field) => field === path || field.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}

interface FormActionsProps {
  /** The failed save's message, under `problemTitle`; nothing when null. */
  problem: string | null;
  problemTitle: string;
  submitLabel: string;
  loading: boolean;
  disabled?: boolean;
  onCancel: () => void;
}

/** The end of a form: why the last save failed, then Cancel and the submit button. */
export function FormActions({ problem, problemTitle, submitLabel, loading, disabled = false, onCancel }: FormActionsProps) {
  return (
    <>
      {problem ? (
        <Alert color="red" role="alert" title={problemTitle}>
          {problem}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={loading} disabled={disabled}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
