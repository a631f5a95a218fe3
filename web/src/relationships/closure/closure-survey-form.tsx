import { Alert, Button, Group, Paper, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { limits } from '../../../../shared/limits.ts';
import { idealMentorQualities, idealMentorQualityLabels, type IdealMentorQuality } from '../../../../shared/schemas/index.ts';
import { answerClosureSurvey } from '../../api/closure.api.ts';
import { relationshipQueryKey } from '../../api/relationships.api.ts';

function RatingField({ label, value, onChange }: { label: string; value: number; onChange: (v: number) => void }) {
  return (
    <Group justify="space-between" maw={480}>
      <Text size="sm">{label}</Text>
      <Rating value={value} onChange={onChange} aria-label={label} />
    </Group>
  );
}

/** The short, confidential closure survey: a rating and, for the mentee, the ideal-mentor qualities. */
export function ClosureSurveyForm({ relationshipId, asMentee }: { relationshipId: string; asMentee: boolean }) {
  const queryClient = useQueryClient();
  const [rating, setRating] = useState(0);
  const [qualities, setQualities] = useState<Partial<Record<IdealMentorQuality, number>>>({});
  const [comment, setComment] = useState('');
  const complete = rating > 0 && (!asMentee || idealMentorQualities.every((q) => (qualities[q] ?? 0) > 0));
  const submit = useMutation({
    mutationFn: () =>
      answerClosureSurvey(relationshipId, {
        rating,
        comment,
        ...(asMentee ? { qualities: qualities as Record<IdealMentorQuality, number> } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: relationshipQueryKey(relationshipId) }),
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Closure survey
        </Title>
        <Text size="xs" c="dimmed">
          Confidential: your partner never sees your answers, and the program sees only totals of five answers or more.
        </Text>
        <RatingField label="How was this relationship for you?" value={rating} onChange={setRating} />
        {asMentee
          ? idealMentorQualities.map((q) => (
              <RatingField
                key={q}
                label={idealMentorQualityLabels[q]}
                value={qualities[q] ?? 0}
                onChange={(v) => setQualities({ ...qualities, [q]: v })}
              />
            ))
          : null}
        <Textarea
          label="Anything else? (optional)"
          autosize
          minRows={1}
          maxLength={limits.closureReasonMax}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        {submit.error ? <Alert color="red">{submit.error.message}</Alert> : null}
        <Group justify="flex-end">
          <Button loading={submit.isPending} disabled={!complete} onClick={() => submit.mutate()}>
            Send survey
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
