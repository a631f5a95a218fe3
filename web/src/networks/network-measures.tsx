import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { mentoringFunctionDescriptions, mentoringFunctionLabels } from '../../../shared/enums.ts';
import type { MyNetwork } from '../api/networks.api.ts';
import { GapSuggestionList } from './gap-suggestions.tsx';

const dimensionLabels: Record<string, string> = {
  kind: 'Kinds of tie',
  inside_outside: 'Inside and outside',
  department: 'Departments',
  organization: 'Organizations',
  profession: 'Professions',
  culture: 'Cultures (where shared)',
};

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);

function Measure({ title, value, explanation, color }: { title: string; value: number | null; explanation: string; color: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={650}>{title}</Text>
          <Text fw={700} size="xl" c={color}>
            {percent(value)}
          </Text>
        </Group>
        <Progress value={(value ?? 0) * 100} color={color} aria-label={`${title} ${percent(value)}`} />
        <Text size="sm" c="dimmed">
          {explanation}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Coverage, range and strength, each with its explanation; the gaps; and what would raise range. */
export function NetworkMeasures({ network }: { network: MyNetwork }) {
  const { coverage, range, strength } = network.measures;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Measure title="Coverage" value={coverage.share} explanation={coverage.explanation} color="teal" />
        <Measure title="Range" value={range.overall} explanation={range.explanation} color="indigo" />
        <Measure title="Strength" value={strength.overall} explanation={strength.explanation} color="orange" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: coverage.gaps.length > 0 ? 1 : 2 }}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="gaps-heading">
          <Title order={3} size="h4" id="gaps-heading" mb="xs">
            Gaps
          </Title>
          {coverage.gaps.length > 0 && (
            <Text size="sm" c="dimmed" mb="sm">
              People on the platform who could fill each gap, those unlike your current ties first: seek people who are different from you
              when they have what you need.
            </Text>
          )}
          {coverage.gaps.length === 0 ? (
            <Text size="sm" c="dimmed">
              {coverage.neededFrom === 'none'
                ? 'Write your development needs in your plan below to find your gaps.'
                : 'No gaps: someone gives you every function you need.'}
            </Text>
          ) : (
            <Stack gap="md">
              {coverage.gaps.map((fn) => (
                <Stack key={fn} gap={6}>
                  <Text size="sm">
                    <Badge color="red" variant="light" mr="xs">
                      {mentoringFunctionLabels[fn]}
                    </Badge>
                    {mentoringFunctionDescriptions[fn]}
                  </Text>
                  <GapSuggestionList gap={fn} />
                </Stack>
              ))}
            </Stack>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="range-heading">
          <Title order={3} size="h4" id="range-heading" mb="xs">
            Range by dimension
          </Title>
          <Stack gap={8}>
            {range.dimensions.map((dimension) => (
              <div key={dimension.dimension}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm" fw={600}>
                    {dimensionLabels[dimension.dimension]}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {dimension.normalized === null
                      ? 'not enough known'
                      : `${percent(dimension.normalized)} · ${dimension.distinct} different`}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed">
                  {dimension.toRaise}
                </Text>
              </div>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
