import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import IconFileTypeCsv from '~icons/tabler/file-type-csv';
import { useState } from 'react';
import { importCsvMaxBytes } from '../../../shared/schemas/index.ts';

interface UploadStepProps {
  pending: boolean;
  onRead: (csv: string, fileName: string) => void;
}

/** Choose a CSV file; it is read in the browser and sent as text. */
export function UploadStep({ pending, onRead }: UploadStepProps) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function read() {
    if (!file) {
      setError('Choose a CSV file');
      return;
    }
    if (file.size > importCsvMaxBytes) {
      setError(`The file is larger than ${importCsvMaxBytes / 1_000_000} MB; use the command line import for big files.`);
      return;
    }
    const text = await file.text();
    if (!text.trim()) {
      setError('The file is empty');
      return;
    }
    onRead(text, file.name);
  }

  return (
    <Stack gap="md" maw={560}>
      <Text size="sm">The first line must name the columns. Each row is one person; people who already exist (by email) are updated.</Text>
      <FileInput
        label="CSV file"
        placeholder="Choose a file"
        accept=".csv,text/csv"
        clearable
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        value={file}
        error={error}
        onChange={(next) => {
          setError(null);
          setFile(next);
        }}
      />
      <Group>
        <Button loading={pending} onClick={() => void read()}>
          Read file
        </Button>
      </Group>
    </Stack>
  );
}
