import { Progress, Stack, Text } from '@mantine/core';

/** An indeterminate progress bar with words, shown while the server reads or imports the file. */
export function WorkingIndicator({ label }: { label: string }) {
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Progress value={100} animated striped aria-label={label} />
      <Text size="sm" c="dimmed">
        {label}…
      </Text>
    </Stack>
  );
}
