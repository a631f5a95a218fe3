import { SimpleGrid, Stack, Title } from '@mantine/core';
import type { Program } from '../../../shared/schemas/index.ts';
import { circlesQueryKey, fetchCirclePage } from '../api/circles.api.ts';
import { LoadMore } from '../layout/load-more.tsx';
import { usePagedList } from '../layout/use-paged-list.ts';
import { CircleCard } from './circle-card.tsx';

/** A participant of a group program: the active circle(s) they belong to, with the members. Hidden otherwise. */
export function MyCircleSection({ program }: { program: Program }) {
  const participant =
    program.type === 'group' && !program.canManage && (program.myRoles.includes('mentor') || program.myRoles.includes('mentee'));
  const list = usePagedList({
    queryKey: circlesQueryKey(program.id),
    fetchPage: (cursor) => fetchCirclePage(program.id, cursor),
    enabled: participant,
  });
  const circles = list.items;
  if (!participant || circles.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="my-circle-heading" gap="md">
      <Title order={2} id="my-circle-heading">
        {circles.length === 1 ? 'My circle' : 'My circles'}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {circles.map((circle) => (
          <CircleCard key={circle.id} circle={circle} />
        ))}
      </SimpleGrid>
      {list.hasMore ? <LoadMore list={list} noun="circles" /> : null}
    </Stack>
  );
}
