import { Input, SegmentedControl } from '@mantine/core';

const scaleValues = ['1', '2', '3', '4', '5'];

interface ScaleInputProps {
  label: string;
  description?: string;
  value: number | null;
  onChange: (value: number) => void;
  required?: boolean;
  error?: string | null;
  /** Words for the two ends, e.g. ["Disagree", "Agree"]. */
  ends?: [string, string];
}

/** A 1-5 choice shown as five segments; the group is named by its label for screen readers and tests. */
export function ScaleInput({ label, description, value, onChange, required, error, ends }: ScaleInputProps) {
  const hint = ends ? `1 = ${ends[0]}, 5 = ${ends[1]}` : undefined;
  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      description={[description, hint].filter(Boolean).join(' · ') || undefined}
      required={required}
      error={error}
    >
      <div>
        <SegmentedControl
          mt={4}
          aria-label={label}
          data={scaleValues}
          value={value === null ? '' : String(value)}
          onChange={(next) => onChange(Number(next))}
        />
      </div>
    </Input.Wrapper>
  );
}
