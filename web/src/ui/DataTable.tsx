import { Table, type MantineStyleProps, type TableProps, type TableTrProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

/** One column of a {@link DataTable}: its header and what each row shows in it. */
export interface DataColumn<T> {
  /** The column header (`<th scope="col">`). */
  header: ReactNode;
  /** The row's cell content; in the first column it is the row header (`<th scope="row">`). */
  cell: (row: T) => ReactNode;
  /** Style props for the header and every cell of the column, e.g. `{ ta: 'right' }`. */
  props?: MantineStyleProps;
  /** Style props for the column header only (after `props`). */
  headerProps?: MantineStyleProps;
  /** Style props for the body cells only (after `props`). */
  cellProps?: MantineStyleProps;
}

export interface DataTableProps<T> {
  /** The table's caption: what screen readers and the browser tests name the table by. */
  caption: ReactNode;
  /** Keep the caption for screen readers only. */
  captionHidden?: boolean;
  /** The columns; `false` (from `cond && {…}`) leaves one out. */
  columns: readonly (DataColumn<T> | false)[];
  /** The rows; `undefined` while they load (a spinner, unless there is an error). */
  rows: readonly T[] | undefined;
  /** The query's error, shown above the table (or alone when there are no rows). */
  error?: unknown;
  rowKey: (row: T) => string;
  /** Shown in one full-width row when there are no rows; without it an empty table has no body rows. */
  empty?: ReactNode;
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  /** Props for each body row, e.g. a vertical alignment. */
  rowProps?: (row: T) => TableTrProps;
  /** Table props over the defaults (`striped withTableBorder verticalSpacing="xs"`). */
  tableProps?: Omit<TableProps, 'children' | 'data'>;
  /** `data-testid` of the table. */
  testId?: string;
}

/**
 * A list as a captioned, striped table: a column header row, each row headed by its first cell, a
 * "none yet" row when empty; with the query's error above it and a spinner while the rows load.
 */
export function DataTable<T>({
  caption,
  captionHidden = false,
  columns,
  rows,
  error,
  rowKey,
  empty,
  minWidth,
  rowProps,
  tableProps,
  testId,
}: DataTableProps<T>) {
  const cols = columns.filter((c): c is DataColumn<T> => c !== false);
  return (
    <>
      <ErrorAlert error={error} />
      {rows ? (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped withTableBorder verticalSpacing="xs" {...tableProps} data-testid={testId}>
            <Table.Caption className={captionHidden ? 'fl-sr-only' : undefined}>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {cols.map((c, i) => (
                  <Table.Th key={i} scope="col" {...c.props} {...c.headerProps}>
                    {c.header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
                  {cols.map((c, i) =>
                    i === 0 ? (
                      <Table.Th key={i} scope="row" {...c.props} {...c.cellProps}>
                        {c.cell(row)}
                      </Table.Th>
                    ) : (
                      <Table.Td key={i} {...c.props} {...c.cellProps}>
                        {c.cell(row)}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
              {rows.length === 0 && empty !== undefined && (
                <Table.Tr>
                  <Table.Td colSpan={cols.length}>{empty}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        !error && <Loading />
      )}
    </>
  );
}
