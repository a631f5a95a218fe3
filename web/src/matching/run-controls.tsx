import { Button, Group, NumberInput, Select } from '@mantine/core';
import IconPlayerPlay from '~icons/tabler/player-play';
import { matchingModes, matchingPolicies, type StartMatchingRun } from '../../../shared/schemas/index.ts';
import { modeLabels, policyLabels } from './matching-labels.ts';

type Policy = (typeof matchingPolicies)[number];
type Mode = (typeof matchingModes)[number];

/** The run settings as the form holds them; the minimum score is in whole percent, '' for none. */
export interface RunSettings {
  policy: Policy;
  mode: Mode;
  minimumPercent: number | '';
}

export const defaultRunSettings: RunSettings = { policy: 'score', mode: 'optimal', minimumPercent: '' };

/** The API body for the settings (scores are 0–1 on the wire). */
export function toStartRun(settings: RunSettings): StartMatchingRun {
  const { policy, mode, minimumPercent } = settings;
  return { policy, mode, minimumScore: minimumPercent === '' ? null : minimumPercent / 100 };
}

interface RunControlsProps {
  /** Group programs: circles use the circle settings, so only the Run button is offered. */
  circles: boolean;
  settings: RunSettings;
  onSettingsChange: (settings: RunSettings) => void;
  busy: boolean;
  starting: boolean;
  onStart: () => void;
}

const policyOptions = matchingPolicies.map((policy) => ({ value: policy, label: policyLabels[policy] }));
const modeOptions = matchingModes.map((mode) => ({ value: mode, label: modeLabels[mode] }));

/**
 * How to run matching: the objective, optimal or stable, and an optional floor on pair scores
 * (one-to-one programs; for circles these do nothing, so only the button shows).
 */
export function RunControls({ circles, settings, onSettingsChange, busy, starting, onStart }: RunControlsProps) {
  const change = (patch: Partial<RunSettings>) => onSettingsChange({ ...settings, ...patch });
  const runButton = (
    <Button onClick={onStart} loading={starting} disabled={busy} leftSection={<IconPlayerPlay size={16} aria-hidden />}>
      Run matching
    </Button>
  );
  if (circles) return <Group>{runButton}</Group>;
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label="Policy"
        w={280}
        data={policyOptions}
        allowDeselect={false}
        value={settings.policy}
        onChange={(value) => change({ policy: matchingPolicies.find((candidate) => candidate === value) ?? 'score' })}
      />
      <Select
        label="Mode"
        description={settings.mode === 'stable' ? 'No two people would both rather be together' : 'Best total under the policy'}
        w={260}
        data={modeOptions}
        allowDeselect={false}
        value={settings.mode}
        onChange={(value) => change({ mode: matchingModes.find((candidate) => candidate === value) ?? 'optimal' })}
      />
      <NumberInput
        label="Minimum pair score"
        description="Optional, in %"
        placeholder="None"
        w={170}
        min={0}
        max={100}
        suffix="%"
        allowDecimal={false}
        value={settings.minimumPercent}
        onChange={(value) => change({ minimumPercent: typeof value === 'number' ? value : '' })}
      />
      {runButton}
    </Group>
  );
}
