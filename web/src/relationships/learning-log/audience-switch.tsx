import { Switch } from '@mantine/core';

/** Who will see the entry, said plainly next to the switch that changes it. */
export function audienceOf(shared: boolean, partnerName: string): string {
  return shared
    ? `You and ${partnerName} can read this entry. Coordinators and admins never can.`
    : `Only you can read this entry: not ${partnerName}, not a coordinator, not an admin.`;
}

/** The private/shared switch of a learning-log entry. */
export function AudienceSwitch({
  shared,
  partnerName,
  onChange,
  disabled,
}: {
  shared: boolean;
  partnerName: string;
  onChange: (shared: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <Switch
      checked={shared}
      disabled={disabled}
      onChange={(event) => onChange(event.currentTarget.checked)}
      label={`Share with ${partnerName}`}
      description={audienceOf(shared, partnerName)}
    />
  );
}
