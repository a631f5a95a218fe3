import { ActionIcon, Group, List, Text } from '@mantine/core';
import IconArrowDown from '~icons/tabler/arrow-down';
import IconArrowUp from '~icons/tabler/arrow-up';
import IconX from '~icons/tabler/x';

interface RankedPicksListProps {
  picks: string[];
  nameOf: (personId: string) => string;
  onChange: (picks: string[]) => void;
}

function moved(picks: string[], from: number, to: number): string[] {
  const next = [...picks];
  const [pick] = next.splice(from, 1);
  if (pick !== undefined) next.splice(to, 0, pick);
  return next;
}

/** The picks in rank order, each movable up or down or removable. */
export function RankedPicksList({ picks, nameOf, onChange }: RankedPicksListProps) {
  if (picks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No picks yet: the run then matches you on fit alone.
      </Text>
    );
  }
  return (
    <List type="ordered" spacing={4} aria-label="Your picks, first choice first">
      {picks.map((id, i) => (
        <List.Item key={id}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={500}>
              {nameOf(id)}
            </Text>
            <ActionIcon
              variant="subtle"
              size="sm"
              disabled={i === 0}
              aria-label={`Move ${nameOf(id)} up`}
              onClick={() => onChange(moved(picks, i, i - 1))}
            >
              <IconArrowUp size={14} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="sm"
              disabled={i === picks.length - 1}
              aria-label={`Move ${nameOf(id)} down`}
              onClick={() => onChange(moved(picks, i, i + 1))}
            >
              <IconArrowDown size={14} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={`Remove ${nameOf(id)}`}
              onClick={() => onChange(picks.filter((p) => p !== id))}
            >
              <IconX size={14} aria-hidden />
            </ActionIcon>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
