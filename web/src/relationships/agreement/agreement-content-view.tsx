import { Badge, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { meetingChannelLabels, mentoringFunctionLabels } from '../../../../shared/enums.ts';
import { agreementCadenceLabels, type AgreementContent } from '../../../../shared/schemas/index.ts';
import { formatDate } from '../../layout/format.ts';

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={4} size="h6" c="dimmed" tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Items({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <List size="sm" spacing={2}>
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

/** One version of an agreement, read-only: meetings, confidentiality, expectations, timeline, first goals. */
export function AgreementContentView({
  content,
  mentorName,
  menteeName,
}: {
  content: AgreementContent;
  mentorName: string;
  menteeName: string;
}) {
  const { meetings, confidentiality, expectations, timeline } = content;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Part title="Meetings">
          <Text size="sm">
            {agreementCadenceLabels[meetings.cadence]}, {meetings.lengthMinutes} minutes
          </Text>
          <Group gap={6}>
            {meetings.channels.map((channel) => (
              <Badge key={channel} variant="light" color="gray">
                {meetingChannelLabels[channel]}
              </Badge>
            ))}
          </Group>
          {meetings.guidelines ? <Text size="sm">{meetings.guidelines}</Text> : null}
        </Part>
        <Part title="Timeline">
          <Text size="sm">Starts {formatDate(timeline.startsOn)}</Text>
          <Text size="sm">Review {timeline.reviewOn ? formatDate(timeline.reviewOn) : 'not set'}</Text>
          <Text size="sm">Planned end {timeline.endsOn ? formatDate(timeline.endsOn) : 'not set'}</Text>
        </Part>
        <Part title="What stays between us">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {confidentiality.betweenUs || '—'}
          </Text>
        </Part>
        <Part title="What the program may see">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {confidentiality.programMaySee || '—'}
          </Text>
        </Part>
        <Part title={`${mentorName} expects of ${menteeName}`}>
          <Items items={expectations.ofMentee} empty="Nothing listed yet." />
        </Part>
        <Part title={`${menteeName} expects of ${mentorName}`}>
          <Items items={expectations.ofMentor} empty="Nothing listed yet." />
        </Part>
      </SimpleGrid>
      <Part title="First goals">
        <Items items={content.firstGoals} empty="No goals listed yet." />
      </Part>
      <Part title="What this relationship is for">
        <Items items={content.functions.map((fn) => mentoringFunctionLabels[fn])} empty="No mentoring functions named yet." />
      </Part>
    </Stack>
  );
}
