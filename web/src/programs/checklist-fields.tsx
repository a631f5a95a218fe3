import { Badge, Fieldset, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { designChecklistItems, designChecklistQuestions } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import type { ProgramFormValues } from './program-form-values.ts';
import { countOpenChecklistItems } from './program-labels.ts';

/**
 * The design checklist: one answer and an Open/Answered state per question.
 * The answer boxes are labelled "Answer" inside a fieldset named by the question,
 * so no label here repeats the words of the program's own fields.
 */
export function ChecklistFields({ form }: { form: UseFormReturnType<ProgramFormValues> }) {
  const openCount = countOpenChecklistItems(form.values.designChecklist);
  return (
    <Stack component="section" aria-labelledby="checklist-heading" gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3" id="checklist-heading">
          Design checklist
        </Title>
        <Badge color={openCount === 0 ? 'teal' : 'yellow'} variant="light" size="lg" aria-live="polite">
          {openCount === 0 ? 'All items answered' : `${openCount} of ${designChecklistItems.length} items still open`}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        Answer these questions before the program starts. Mark an item answered when you are satisfied with it.
      </Text>
      {designChecklistItems.map((item, index) => (
        <Fieldset
          key={item}
          legend={`${index + 1}. ${designChecklistQuestions[item]}`}
          variant="filled"
          styles={{ legend: { fontWeight: 600 } }}
        >
          <Stack gap="sm">
            <Textarea
              label="Answer"
              autosize
              minRows={2}
              maxRows={8}
              maxLength={limits.checklistAnswerMax}
              key={form.key(`designChecklist.${item}.answer`)}
              {...form.getInputProps(`designChecklist.${item}.answer`)}
            />
            <Radio.Group
              label="Progress"
              key={form.key(`designChecklist.${item}.status`)}
              {...form.getInputProps(`designChecklist.${item}.status`)}
            >
              <Group gap="lg" mt={4}>
                <Radio value="open" label="Open" />
                <Radio value="answered" label="Answered" />
              </Group>
            </Radio.Group>
          </Stack>
        </Fieldset>
      ))}
    </Stack>
  );
}
