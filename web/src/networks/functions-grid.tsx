import { Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import IconCheck from '~icons/tabler/check';
import {
  mentoringFunctionDescriptions,
  mentoringFunctionLabels,
  mentoringFunctions,
  type MentoringFunction,
} from '../../../shared/enums.ts';
import { networkTieKindLabels } from '../../../shared/network-ties.ts';
import type { MyNetwork } from '../api/networks.api.ts';
import { shortFunctionLabels, tieKindColors } from './tie-colors.ts';

/**
 * Who gives what, like seed 000's example network: one row per tie (its kind, the functions it
 * gives, its potential activities), one column per function; needed functions nobody gives are
 * marked as gaps.
 */
export function FunctionsGrid({ network }: { network: MyNetwork }) {
  const { coverage } = network.measures;
  const headerColor = (fn: MentoringFunction) => (coverage.gaps.includes(fn) ? 'red' : coverage.needed.includes(fn) ? 'teal' : undefined);
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label="Mentoring functions by tie">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ minWidth: 200 }}>
              Network member
            </Table.Th>
            {mentoringFunctions.map((fn) => (
              <Table.Th key={fn} scope="col" ta="center" style={{ width: 74 }}>
                <Tooltip label={`${mentoringFunctionLabels[fn]}: ${mentoringFunctionDescriptions[fn]}`} multiline w={240}>
                  <Text size="xs" fw={650} c={headerColor(fn)} aria-label={mentoringFunctionLabels[fn]}>
                    {shortFunctionLabels[fn]}
                    {coverage.gaps.includes(fn) ? ' (gap)' : coverage.needed.includes(fn) ? ' (needed)' : ''}
                  </Text>
                </Tooltip>
              </Table.Th>
            ))}
            <Table.Th scope="col">Potential activities</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {network.ties.map((tie) => (
            <Table.Tr key={tie.id} style={tie.past ? { opacity: 0.55 } : undefined}>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  {tie.name}
                </Text>
                <Group gap={4}>
                  <Badge size="xs" variant="light" color={tieKindColors[tie.kind]}>
                    {networkTieKindLabels[tie.kind]}
                  </Badge>
                  {tie.past ? (
                    <Badge size="xs" variant="outline" color="gray">
                      Past
                    </Badge>
                  ) : null}
                </Group>
              </Table.Th>
              {mentoringFunctions.map((fn) => (
                <Table.Td key={fn} ta="center">
                  {tie.functions.includes(fn) ? (
                    <IconCheck
                      size={16}
                      color={`var(--mantine-color-${tieKindColors[tie.kind]}-7)`}
                      aria-label={`gives ${mentoringFunctionLabels[fn]}`}
                    />
                  ) : null}
                </Table.Td>
              ))}
              <Table.Td>
                <Text size="xs">{tie.activities.join(' · ') || '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">Current ties giving it</Table.Th>
            {mentoringFunctions.map((fn) => (
              <Table.Td
                key={fn}
                ta="center"
                fw={650}
                c={coverage.tiesPerFunction[fn] === 0 && coverage.needed.includes(fn) ? 'red' : undefined}
              >
                {coverage.tiesPerFunction[fn]}
              </Table.Td>
            ))}
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
