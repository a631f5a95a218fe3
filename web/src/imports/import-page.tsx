import { Alert, Anchor, Breadcrumbs, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ColumnMapping, ImportPreview } from '../../../shared/schemas/index.ts';
import { ApiError, describeError } from '../api/api-error.ts';
import { commitPeopleImport, fetchImportErrorReport, previewPeopleImport } from '../api/imports.api.ts';
import { isAdmin, useCurrentSession } from '../auth/session-context.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { saveFile } from './import-labels.ts';
import { ImportStep } from './import-step.tsx';
import { MappingStep } from './mapping-step.tsx';
import { PreviewStep } from './preview-step.tsx';
import { UploadStep } from './upload-step.tsx';
import { WorkingIndicator } from './working-indicator.tsx';

function commitErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.code === 'import_has_errors') {
    return 'The file has rows with problems. Go back and tick “Import only the valid rows”, or fix the file and start again.';
  }
  return describeError(error);
}

/** Admins import people from a CSV file: upload, map columns, preview, import. */
export function ImportPage() {
  usePageTitle('Import people');
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [skipInvalidRows, setSkipInvalidRows] = useState(false);

  const previewMutation = useMutation({
    mutationFn: (input: { csv: string; mapping?: ColumnMapping }) => previewPeopleImport(input.csv, input.mapping),
    onSuccess: (result, input) => {
      setPreview(result);
      // The first read suggests a mapping from the headers; after that the admin's own choice stands.
      if (!input.mapping) setMapping(result.mapping);
      setStep(input.mapping ? 2 : 1);
    },
  });
  const reportMutation = useMutation({
    mutationFn: () => fetchImportErrorReport(csv, mapping),
    onSuccess: (file) => saveFile('skipped-rows-report.csv', file),
  });
  const commitMutation = useMutation({
    mutationFn: () => commitPeopleImport(csv, mapping, skipInvalidRows),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });

  function startOver() {
    setStep(0);
    setCsv('');
    setPreview(null);
    setMapping({});
    setSkipInvalidRows(false);
    previewMutation.reset();
    reportMutation.reset();
    commitMutation.reset();
  }

  if (!isAdmin(session)) {
    return (
      <Alert color="yellow" title="For organization admins">
        Only organization admins can import people.
      </Alert>
    );
  }

  const working = previewMutation.isPending ? <WorkingIndicator label="Reading the file" /> : null;
  const failure = previewMutation.error ?? reportMutation.error ?? commitMutation.error;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/people">
          People
        </Anchor>
        <Text>Import from CSV</Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1}>Import people</Title>
        <Text c="dimmed">{fileName ? `File: ${fileName}` : 'Add or update many people at once from a spreadsheet saved as CSV.'}</Text>
      </Stack>
      {failure ? (
        <Alert
          color="red"
          title={
            commitMutation.error
              ? 'The import did not run'
              : reportMutation.error
                ? 'The report could not be downloaded'
                : 'The file could not be read'
          }
          role="alert"
        >
          {commitMutation.error ? commitErrorMessage(commitMutation.error) : describeError(failure)}
        </Alert>
      ) : null}
      <Paper withBorder p="lg">
        <Stepper active={step} onStepClick={(next) => next < step && !commitMutation.data && setStep(next)} allowNextStepsSelect={false}>
          <Stepper.Step label="Upload" description="Choose the file">
            <Stack mt="md">
              <UploadStep
                pending={previewMutation.isPending}
                onRead={(text, name) => {
                  setCsv(text);
                  setFileName(name);
                  commitMutation.reset();
                  previewMutation.mutate({ csv: text });
                }}
              />
              {working}
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Map columns" description="Match columns to fields">
            <Stack mt="md">
              <MappingStep
                columns={preview?.columns ?? []}
                mapping={mapping}
                pending={previewMutation.isPending}
                onChange={setMapping}
                onBack={() => setStep(0)}
                onPreview={() => previewMutation.mutate({ csv, mapping })}
              />
              {working}
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Preview" description="Check rows and problems">
            {preview ? (
              <Stack mt="md">
                <PreviewStep
                  preview={preview}
                  skipInvalidRows={skipInvalidRows}
                  onSkipInvalidRowsChange={setSkipInvalidRows}
                  onDownloadReport={() => reportMutation.mutate()}
                  reportPending={reportMutation.isPending}
                  onBack={() => setStep(1)}
                  onContinue={() => setStep(3)}
                />
              </Stack>
            ) : null}
          </Stepper.Step>
          <Stepper.Step label="Import" description="Add the people">
            <Stack mt="md">
              <ImportStep
                rowsToImport={preview?.validRows ?? 0}
                pending={commitMutation.isPending}
                report={commitMutation.data ?? null}
                onImport={() => commitMutation.mutate()}
                onBack={() => setStep(2)}
                onStartOver={startOver}
              />
            </Stack>
          </Stepper.Step>
        </Stepper>
      </Paper>
    </Stack>
  );
}
