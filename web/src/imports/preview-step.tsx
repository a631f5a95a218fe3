import { Badge, Button, Checkbox, Group, Stack, Table, Text, Title } from '@mantine/core';
import IconDownload from '~icons/tabler/download';
import type { ImportError, ImportPreview } from '../../../shared/schemas/index.ts';

interface PreviewStepProps {
  preview: ImportPreview;
  skipInvalidRows: boolean;
  onSkipInvalidRowsChange: (skip: boolean) => void;
  /** Downloads the problems as a CSV report. */
  onDownloadReport: () => void;
  reportPending: boolean;
  onBack: () => void;
  onContinue: () => void;
}

export function ImportErrorsTable({ errors, caption }: { errors: readonly ImportError[]; caption: string }) {
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Line</Table.Th>
            <Table.Th scope="col">Column</Table.Th>
            <Table.Th scope="col">Message</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a report in file order, never reordered; one cell may carry two errors
            <Table.Tr key={`${error.line}-${error.column ?? ''}-${index}`}>
              <Table.Td>{error.line}</Table.Td>
              <Table.Td>{error.column ?? '—'}</Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Sample rows as mapped, the problems found, and the choice to import only the valid rows. */
export function PreviewStep({
  preview,
  skipInvalidRows,
  onSkipInvalidRowsChange,
  onDownloadReport,
  reportPending,
  onBack,
  onContinue,
}: PreviewStepProps) {
  const hasErrors = preview.errors.length > 0;
  const columns = preview.columns;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {preview.totalRows} rows
        </Badge>
        <Badge variant="light" color="teal">
          {preview.validRows} valid
        </Badge>
        <Badge variant="light" color={hasErrors ? 'red' : 'gray'}>
          {preview.errors.length} problems
        </Badge>
      </Group>
      <Title order={3} size="h5">
        Sample rows
      </Title>
      <Table.ScrollContainer minWidth={Math.max(520, columns.length * 140)}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} scope="col">
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleRows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the first rows of the file, in file order, never reordered or edited
              <Table.Tr key={index}>
                {columns.map((column) => (
                  <Table.Td key={column}>{row[column] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hasErrors ? (
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} size="h5">
              Problems
            </Title>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
              loading={reportPending}
              onClick={onDownloadReport}
            >
              Download skipped rows report
            </Button>
          </Group>
          <ImportErrorsTable errors={preview.errors} caption="Rows with problems are not imported" />
          <Checkbox
            label="Import only the valid rows"
            description={`${preview.totalRows - preview.validRows} row(s) will be skipped.`}
            checked={skipInvalidRows}
            onChange={(event) => onSkipInvalidRowsChange(event.currentTarget.checked)}
          />
        </Stack>
      ) : (
        <Text size="sm" c="teal.8">
          No problems found.
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button disabled={hasErrors && !skipInvalidRows} onClick={onContinue}>
          Continue
        </Button>
      </Group>
    </Stack>
  );
}
