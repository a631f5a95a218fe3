import { Stepper, Text } from '@mantine/core';
import {
  relationshipStageDescriptions,
  relationshipStageLabels,
  relationshipStages,
  type RelationshipStage,
} from '../../../shared/enums.ts';

/** The four stages as a timeline, the current one highlighted (closed: all done). */
export function StageTimeline({ stage, closed }: { stage: RelationshipStage; closed: boolean }) {
  const active = closed ? relationshipStages.length : relationshipStages.indexOf(stage);
  return (
    <Stepper active={active} size="sm" allowNextStepsSelect={false} aria-label="Relationship stages">
      {relationshipStages.map((s) => (
        <Stepper.Step
          key={s}
          label={relationshipStageLabels[s]}
          description={
            <Text size="xs" c="dimmed" maw={200}>
              {relationshipStageDescriptions[s]}
            </Text>
          }
        />
      ))}
    </Stepper>
  );
}
