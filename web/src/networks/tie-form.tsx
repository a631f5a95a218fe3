import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { mentoringFunctionLabels, mentoringFunctions, type MentoringFunction } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import {
  closenessLabels,
  networkTieKindLabels,
  networkTieKinds,
  potentialActivitySuggestions,
  tieFrequencies,
  tieFrequencyLabels,
  type NetworkTieKind,
  type TieFrequency,
} from '../../../shared/network-ties.ts';
import { toSubmitProblem } from '../api/field-issues.ts';
import { addNetworkTie, myNetworkQueryKey, searchTieCandidates, updateNetworkTie, type NetworkTie } from '../api/networks.api.ts';

const fields = [
  'name',
  'personId',
  'kind',
  'functions',
  'closeness',
  'frequency',
  'activities',
  'note',
  'insideOrganization',
  'department',
  'organizationName',
  'profession',
  'culture',
] as const;
const functionOptions = mentoringFunctions.map((fn) => ({ value: fn, label: mentoringFunctionLabels[fn] }));
const activitySuggestions = [...new Set(potentialActivitySuggestions.flatMap((entry) => entry.activities))];

type Draft = {
  onPlatform: boolean;
  personId: string | null;
  name: string;
  kind: NetworkTieKind;
  functions: MentoringFunction[];
  closeness: number;
  frequency: TieFrequency;
  activities: string[];
  note: string;
  insideOrganization: boolean;
  department: string;
  organizationName: string;
  profession: string;
  culture: string;
};

function draftOf(tie: NetworkTie | null): Draft {
  return {
    onPlatform: tie ? tie.personId !== null : false,
    personId: tie?.personId ?? null,
    name: tie && tie.personId === null ? tie.name : '',
    kind: tie?.kind ?? 'peer',
    functions: tie?.functions ?? [],
    closeness: tie?.closeness ?? 3,
    frequency: tie?.frequency ?? 'monthly',
    activities: tie?.activities ?? [],
    note: tie?.note ?? '',
    insideOrganization: tie?.insideOrganization ?? true,
    department: tie?.department ?? '',
    organizationName: tie && !tie.insideOrganization ? (tie.organizationName ?? '') : '',
    profession: tie?.profession ?? '',
    culture: tie?.culture ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Adds a tie (on the platform or off it) or edits one; everything stays private to the owner. */
export function TieFormModal({ opened, tie, onClose }: { opened: boolean; tie: NetworkTie | null; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={tie ? `Edit ${tie.name}` : 'Add someone to your network'} size="lg">
      {opened ? <TieForm key={tie?.id ?? 'new'} tie={tie} onDone={onClose} /> : null}
    </Modal>
  );
}

function TieForm({ tie, onDone }: { tie: NetworkTie | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(tie));
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const candidates = useQuery({
    queryKey: ['me', 'network', 'people', debounced],
    queryFn: () => searchTieCandidates(debounced),
    enabled: !tie && draft.onPlatform && debounced.trim().length >= 2,
  });
  const fromRelationship = tie?.source === 'relationship';
  const attributes = {
    department: orNull(draft.department),
    organizationName: draft.insideOrganization ? null : orNull(draft.organizationName),
    profession: orNull(draft.profession),
    culture: orNull(draft.culture),
  };
  const shared = {
    kind: draft.kind,
    functions: draft.functions,
    closeness: draft.closeness,
    frequency: draft.frequency,
    activities: draft.activities,
    note: draft.note,
    ...attributes,
  };
  const save = useMutation({
    mutationFn: () => {
      if (tie)
        return updateNetworkTie(tie.id, {
          ...shared,
          ...(tie.personId === null ? { name: draft.name, insideOrganization: draft.insideOrganization } : {}),
        });
      return addNetworkTie({
        ...shared,
        personId: draft.onPlatform ? draft.personId : null,
        name: draft.onPlatform ? null : draft.name,
        insideOrganization: draft.onPlatform ? true : draft.insideOrganization,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: myNetworkQueryKey });
      onDone();
    },
  });
  const problem = save.isError ? toSubmitProblem(save.error, fields) : null;
  const error = (field: (typeof fields)[number]) => problem?.fieldErrors[field];
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        {tie ? null : (
          <SegmentedControl
            aria-label="Where is this person?"
            value={draft.onPlatform ? 'on' : 'off'}
            onChange={(value) => set('onPlatform', value === 'on')}
            data={[
              { value: 'off', label: 'Someone off the platform' },
              { value: 'on', label: 'A colleague on the platform' },
            ]}
          />
        )}
        {!tie && draft.onPlatform ? (
          <Select
            label="Colleague"
            placeholder="Type a name, department or title"
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={(candidates.data ?? []).map((person) => ({
              value: person.id,
              label: [person.displayName, person.jobTitle, person.department].filter(Boolean).join(' · '),
            }))}
            value={draft.personId}
            onChange={(value) => set('personId', value)}
            nothingFoundMessage={debounced.trim().length >= 2 ? 'Nobody found' : 'Type at least two letters'}
            error={error('personId')}
          />
        ) : null}
        {(!tie && !draft.onPlatform) || (tie && tie.personId === null) ? (
          <TextInput
            label="Name"
            description="Only you see it: a former boss, a friend elsewhere, a family member."
            maxLength={limits.nameMax}
            value={draft.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={error('name')}
          />
        ) : null}
        {fromRelationship ? (
          <Alert color="indigo" variant="light">
            From your relationship on the platform.{' '}
            {tie?.functionsCorrected
              ? 'You corrected its functions; your correction is kept.'
              : 'Its functions come from your goals or the profile; change them if they are not right.'}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Kind of tie"
            data={networkTieKinds.map((kind) => ({ value: kind, label: networkTieKindLabels[kind] }))}
            value={draft.kind}
            onChange={(value) => value && set('kind', value as NetworkTieKind)}
            allowDeselect={false}
            error={error('kind')}
          />
          <Select
            label="How often you talk"
            data={tieFrequencies.map((value) => ({ value, label: tieFrequencyLabels[value] }))}
            value={draft.frequency}
            onChange={(value) => value && set('frequency', value as TieFrequency)}
            allowDeselect={false}
            error={error('frequency')}
          />
        </SimpleGrid>
        <MultiSelect
          label="Mentoring functions they give you"
          data={functionOptions}
          value={draft.functions}
          onChange={(value) => set('functions', value as MentoringFunction[])}
          error={error('functions')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="closeness-label">
            How close you are
          </Text>
          <SegmentedControl
            aria-labelledby="closeness-label"
            value={String(draft.closeness)}
            onChange={(value) => set('closeness', Number(value))}
            data={[1, 2, 3, 4, 5].map((value) => ({ value: String(value), label: closenessLabels[value] ?? String(value) }))}
          />
        </Stack>
        <TagsInput
          label="Potential activities"
          description="What you could do together; pick a suggestion or write your own."
          data={activitySuggestions}
          value={draft.activities}
          onChange={(value) => set('activities', value)}
          maxTags={limits.tieActivitiesMax}
          error={error('activities')}
        />
        {draft.onPlatform || tie?.personId ? null : (
          <Switch
            label="Inside my organization"
            checked={draft.insideOrganization}
            onChange={(event) => set('insideOrganization', event.currentTarget.checked)}
            error={error('insideOrganization')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Department"
            maxLength={limits.tieAttributeMax}
            value={draft.department}
            onChange={(event) => set('department', event.currentTarget.value)}
            error={error('department')}
          />
          {draft.insideOrganization ? null : (
            <TextInput
              label="Their organization"
              maxLength={limits.tieAttributeMax}
              value={draft.organizationName}
              onChange={(event) => set('organizationName', event.currentTarget.value)}
              error={error('organizationName')}
            />
          )}
          <TextInput
            label="Profession"
            maxLength={limits.tieAttributeMax}
            value={draft.profession}
            onChange={(event) => set('profession', event.currentTarget.value)}
            error={error('profession')}
          />
          <TextInput
            label="Culture"
            description="Only if they chose to share it with you."
            maxLength={limits.tieAttributeMax}
            value={draft.culture}
            onChange={(event) => set('culture', event.currentTarget.value)}
            error={error('culture')}
          />
        </SimpleGrid>
        <Textarea
          label="Private note"
          description="Only you ever see it."
          autosize
          minRows={2}
          maxLength={limits.tieNoteMax}
          value={draft.note}
          onChange={(event) => set('note', event.currentTarget.value)}
          error={error('note')}
        />
        {problem?.formMessage ? (
          <Alert color="red" role="alert">
            {problem.formMessage}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {tie ? 'Save changes' : 'Add to my network'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
