import { Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { importTargetFields, type ColumnMapping, type ImportTargetField } from '../../../shared/schemas/index.ts';
import { importFieldLabels, requiredImportFields } from './import-labels.ts';

interface MappingStepProps {
  columns: string[];
  mapping: ColumnMapping;
  pending: boolean;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onPreview: () => void;
}

/** One select per profile field, choosing the CSV column that feeds it (pre-filled by header names). */
export function MappingStep({ columns, mapping, pending, onChange, onBack, onPreview }: MappingStepProps) {
  const missing = requiredImportFields.filter((field) => !mapping[field]);
  function set(field: ImportTargetField, column: string | null) {
    const next = { ...mapping };
    if (column) next[field] = column;
    else delete next[field];
    onChange(next);
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        Choose which column of your file holds each field. Email and display name are required; leave the rest empty to skip them.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {importTargetFields.map((field) => (
          <Select
            key={field}
            label={importFieldLabels[field]}
            required={requiredImportFields.includes(field)}
            placeholder="Not imported"
            clearable
            data={columns}
            value={mapping[field] ?? null}
            error={missing.includes(field) ? 'Choose a column' : undefined}
            onChange={(column) => set(field, column)}
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button disabled={missing.length > 0} loading={pending} onClick={onPreview}>
          Preview rows
        </Button>
      </Group>
    </Stack>
  );
}
