import { Table, type TableProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface DataTableProps extends Omit<TableProps, 'children'> {
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  /** The column headers; false leaves a column out. */
  columns: (ReactNode | false)[];
  caption?: ReactNode;
  /** The body rows. */
  children: ReactNode;
}

/** A sideways-scrolling table with a header row of column headers and the given rows. */
export function DataTable({ minWidth, columns, caption, children, ...tableProps }: DataTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table {...tableProps}>
        {caption !== undefined ? <Table.Caption>{caption}</Table.Caption> : null}
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) =>
              column === false ? null : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns are fixed by its page; a header may be an element, not a string
                <Table.Th key={index} scope="col">
                  {column}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
