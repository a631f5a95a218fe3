import { Anchor, Badge, Breadcrumbs, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { relationshipStageLabels } from '../../../shared/enums.ts';
import { formatDate } from '../layout/format.ts';
import { ErrorState, PageLoader } from '../layout/query-state.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { AgreementSection } from './agreement/agreement-section.tsx';
import { GoalsAndLearningSections } from './goals/goals-and-learning-sections.tsx';
import { ClosureSection } from './closure/closure-section.tsx';
import { MeetingsSection } from './meetings/meetings-section.tsx';
import { NotesSection } from './notes/notes-section.tsx';
import { StagePanel } from './stage/stage-panel.tsx';
import { StageTimeline } from './stage-timeline.tsx';
import { useRelationshipQuery } from './use-relationship.ts';

/**
 * Where a mentor and a mentee work together: the stage timeline, then one section per part of
 * the work (agreement, goals, meetings, notes, learning log, closure), each in its own folder.
 * Coordinators see the header and the shape of the work, never the pair's content.
 */
export function RelationshipPage() {
  const { relationshipId = '' } = useParams();
  const query = useRelationshipQuery(relationshipId);
  const relationship = query.data;
  usePageTitle(relationship ? `${relationship.mentor.name} & ${relationship.mentee.name}` : 'Relationship');
  if (query.isPending) return <PageLoader label="Loading the relationship" />;
  if (query.isError || !relationship) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const closed = relationship.status === 'closed';
  const partner =
    relationship.viewerRole === 'mentor' ? relationship.mentee : relationship.viewerRole === 'mentee' ? relationship.mentor : null;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to={`/programs/${relationship.program.id}`}>
          {relationship.program.name}
        </Anchor>
        <Text>Relationship</Text>
      </Breadcrumbs>
      <Stack gap="xs">
        <Title order={1}>{partner ? `You and ${partner.name}` : `${relationship.mentor.name} mentoring ${relationship.mentee.name}`}</Title>
        <Group gap="xs">
          <Badge variant="light">{relationshipStageLabels[relationship.stage]}</Badge>
          <Badge variant="light" color={closed ? 'gray' : 'teal'}>
            {closed ? 'Closed' : 'Active'}
          </Badge>
          <Text size="sm" c="dimmed">
            Mentor {relationship.mentor.name} · mentee {relationship.mentee.name} · since {formatDate(relationship.startedAt)}
            {relationship.lastTouchAt ? ` · last touch point ${formatDate(relationship.lastTouchAt)}` : ''}
          </Text>
        </Group>
      </Stack>
      <Paper withBorder p="md">
        <StageTimeline stage={relationship.stage} closed={closed} />
      </Paper>
      {/* The stage and its suggestions first, then the work in the order a relationship runs. */}
      <StagePanel relationship={relationship} />
      <AgreementSection relationship={relationship} />
      <MeetingsSection relationship={relationship} />
      <GoalsAndLearningSections relationship={relationship} />
      {/* Notes are the pair's alone: coordinators never get the section. */}
      {relationship.viewerRole === 'coordinator' ? null : <NotesSection relationship={relationship} />}
      <ClosureSection relationship={relationship} />
    </Stack>
  );
}
