import { NumberInput, Table, Text } from '@mantine/core';
import { mentoringApproachLabels, mentoringApproaches } from '../../../shared/enums.ts';

interface ApproachMatrixFieldsProps {
  matrix: number[][];
  errorFor: (path: string) => string | undefined;
  onChange: (matrix: number[][]) => void;
}

/** The 3×3 fit between a mentee's approach (rows) and a mentor's (columns), each 0–1. */
export function ApproachMatrixFields({ matrix, errorFor, onChange }: ApproachMatrixFieldsProps) {
  function setCell(row: number, column: number, value: number) {
    onChange(matrix.map((cells, r) => (r === row ? cells.map((cell, c) => (c === column ? value : cell)) : [...cells])));
  }

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing="xs" captionSide="top">
        <caption>
          <Text size="sm" fw={600} ta="left">
            Approach fit: rows are the mentee’s approach, columns the mentor’s (0 no fit, 1 full fit)
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Mentee \ Mentor</Table.Th>
            {mentoringApproaches.map((approach) => (
              <Table.Th key={approach} scope="col">
                {mentoringApproachLabels[approach]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mentoringApproaches.map((menteeApproach, row) => (
            <Table.Tr key={menteeApproach}>
              <Table.Th scope="row">{mentoringApproachLabels[menteeApproach]}</Table.Th>
              {mentoringApproaches.map((mentorApproach, column) => (
                <Table.Td key={mentorApproach}>
                  <NumberInput
                    size="xs"
                    aria-label={`Mentee ${mentoringApproachLabels[menteeApproach]} / Mentor ${mentoringApproachLabels[mentorApproach]}`}
                    min={0}
                    max={1}
                    step={0.1}
                    decimalScale={2}
                    clampBehavior="strict"
                    value={matrix[row]?.[column] ?? 0}
                    error={errorFor(`approachMatrix.${row}.${column}`)}
                    onChange={(value) => setCell(row, column, typeof value === 'number' ? value : 0)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
