import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ImportReport } from '../../../shared/schemas/index.ts';
import { ImportErrorsTable } from './preview-step.tsx';
import { WorkingIndicator } from './working-indicator.tsx';

interface ImportStepProps {
  rowsToImport: number;
  pending: boolean;
  report: ImportReport | null;
  onImport: () => void;
  onBack: () => void;
  onStartOver: () => void;
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0} align="center" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}

/** The import itself and its report: created, updated, unchanged and skipped. */
export function ImportStep({ rowsToImport, pending, report, onImport, onBack, onStartOver }: ImportStepProps) {
  if (report) {
    return (
      <Stack gap="md">
        <Alert color="teal" title="Import finished" role="status">
          The people below are now in the organization.
        </Alert>
        <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label="Import report">
          <Count label="Created" value={report.created} />
          <Count label="Updated" value={report.updated} />
          <Count label="Unchanged" value={report.unchanged} />
          <Count label="Skipped" value={report.skipped} />
        </SimpleGrid>
        {report.errors.length > 0 ? <ImportErrorsTable errors={report.errors} caption="Skipped rows" /> : null}
        <Group>
          <Button variant="default" onClick={onStartOver}>
            Import another file
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text size="sm">
        {rowsToImport} row(s) will be imported. People are matched by email: existing people are updated, others are created.
      </Text>
      {pending ? <WorkingIndicator label="Importing people" /> : null}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} disabled={pending}>
          Back
        </Button>
        <Button loading={pending} onClick={onImport}>
          Import people
        </Button>
      </Group>
    </Stack>
  );
}
