import { ActionIcon, Fieldset, Group, Select, SimpleGrid, Stack, Switch, TagsInput, TextInput, Tooltip } from '@mantine/core';
import IconArrowDown from '~icons/tabler/arrow-down';
import IconArrowUp from '~icons/tabler/arrow-up';
import IconTrash from '~icons/tabler/trash';
import { questionKinds, type QuestionKind } from '../../../shared/enums.ts';
import { questionKindLabels } from '../applications/application-labels.ts';
import { isChoiceKind, type QuestionValues } from './intake-form-values.ts';

const kindOptions = questionKinds.map((kind) => ({ value: kind, label: questionKindLabels[kind] }));

interface CustomQuestionFieldsProps {
  index: number;
  count: number;
  question: QuestionValues;
  errors: Record<string, string>;
  onChange: (question: QuestionValues) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** One custom question: its words, kind, options for choice kinds, and whether matching may use it. */
export function CustomQuestionFields({ index, count, question, errors, onChange, onMove, onRemove }: CustomQuestionFieldsProps) {
  const set = <K extends keyof QuestionValues>(field: K, value: QuestionValues[K]) => onChange({ ...question, [field]: value });
  const error = (field: string) => errors[`customQuestions.${index}.${field}`];
  const number = index + 1;
  return (
    <Fieldset legend={`Question ${number}`} variant="filled" styles={{ legend: { fontWeight: 600 } }}>
      <Stack gap="sm">
        <TextInput
          label="Question"
          required
          maxLength={300}
          value={question.label}
          error={error('label')}
          onChange={(event) => set('label', event.currentTarget.value)}
        />
        <TextInput
          label="Help text"
          description="Optional, shown under the question"
          maxLength={500}
          value={question.help}
          onChange={(event) => set('help', event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Kind"
            data={kindOptions}
            allowDeselect={false}
            value={question.kind}
            error={error('kind')}
            onChange={(value) => {
              const kind: QuestionKind | undefined = questionKinds.find((candidate) => candidate === value);
              if (kind) set('kind', kind);
            }}
          />
          {isChoiceKind(question.kind) ? (
            <TagsInput
              label="Options"
              description="Press Enter after each option"
              maxTags={30}
              value={question.options}
              error={error('options')}
              onChange={(options) => set('options', options)}
            />
          ) : null}
        </SimpleGrid>
        <Group justify="space-between">
          <Group gap="lg">
            <Switch label="Required" checked={question.required} onChange={(event) => set('required', event.currentTarget.checked)} />
            <Switch
              label="Usable by matching"
              checked={question.usableByMatching}
              onChange={(event) => set('usableByMatching', event.currentTarget.checked)}
            />
          </Group>
          <Group gap={4}>
            <Tooltip label="Move up">
              <ActionIcon variant="subtle" aria-label={`Move question ${number} up`} disabled={index === 0} onClick={() => onMove(-1)}>
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down">
              <ActionIcon
                variant="subtle"
                aria-label={`Move question ${number} down`}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
              >
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Remove">
              <ActionIcon variant="subtle" color="red" aria-label={`Remove question ${number}`} onClick={onRemove}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </Stack>
    </Fieldset>
  );
}
