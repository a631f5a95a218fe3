import { Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import {
  criterionDefaults,
  criterionModes,
  type CriterionMode,
  type CriterionRule,
  type MatchingCriterion,
} from '../../../shared/schemas/index.ts';
import { criterionLabels, criterionModeLabels } from './matching-labels.ts';

interface CriterionRowProps {
  criterion: MatchingCriterion;
  rule: CriterionRule;
  modeError?: string;
  weightError?: string;
  onChange: (rule: CriterionRule) => void;
}

const modeOptions = criterionModes.map((mode) => ({ value: mode, label: criterionModeLabels[mode] }));

function toMode(value: string): CriterionMode | undefined {
  return criterionModes.find((mode) => mode === value);
}

/** One matching criterion: what it means, whether it is required, weighted or off, and its weight. */
export function CriterionRow({ criterion, rule, modeError, weightError, onChange }: CriterionRowProps) {
  const label = criterionLabels[criterion];
  const descriptionId = `criterion-${criterion}-description`;
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm" py="xs">
      <Stack gap={2} maw={440} style={{ flex: '1 1 260px' }}>
        <Text fw={600} size="sm">
          {label}
        </Text>
        <Text size="xs" c="dimmed" id={descriptionId}>
          {criterionDefaults[criterion].description}
        </Text>
      </Stack>
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <SegmentedControl
            size="xs"
            aria-label={`${label} mode`}
            aria-describedby={descriptionId}
            data={modeOptions}
            value={rule.mode}
            onChange={(value) => {
              const mode = toMode(value);
              if (mode) onChange({ ...rule, mode });
            }}
          />
          {modeError ? (
            <Text size="xs" c="red">
              {modeError}
            </Text>
          ) : null}
        </Stack>
        <NumberInput
          size="xs"
          w={90}
          aria-label={`${label} weight`}
          min={0}
          max={5}
          step={0.5}
          decimalScale={2}
          clampBehavior="strict"
          disabled={rule.mode === 'off'}
          value={rule.weight}
          error={weightError}
          onChange={(value) => onChange({ ...rule, weight: typeof value === 'number' ? value : 0 })}
        />
      </Group>
    </Group>
  );
}
