import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { MatchingRun } from '../../../shared/schemas/index.ts';

/** The running run's stage and how far it got (indeterminate while the total is unknown), and a way to stop it. */
export function RunProgress({
  progress,
  onCancel,
  cancelling,
}: {
  progress: MatchingRun['progress'];
  onCancel: () => void;
  cancelling: boolean;
}) {
  const known = progress.total > 0;
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 100;
  const stageText = known ? `${progress.stage} (${progress.done} of ${progress.total})` : progress.stage;
  return (
    <Stack gap={4}>
      <Text size="sm" aria-live="polite">
        Matching… {stageText}
      </Text>
      <Progress value={percent} animated={!known} striped={!known} size="lg" aria-label="Matching progress" />
      <Group>
        <Button variant="default" size="xs" onClick={onCancel} loading={cancelling}>
          Cancel matching
        </Button>
      </Group>
    </Stack>
  );
}
