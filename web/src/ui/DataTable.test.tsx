import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { DataTable, type DataTableProps } from './DataTable';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

interface Fruit {
  id: string;
  name: string;
  count: number;
}

const fruits: Fruit[] = [
  { id: 'a', name: 'Apple', count: 3 },
  { id: 'b', name: 'Banana', count: 12 },
];

function show(props: Partial<DataTableProps<Fruit>>) {
  return render(
    <MantineProvider>
      <DataTable<Fruit>
        caption="Fruit"
        columns={[
          { header: 'Name', cell: (f) => f.name },
          { header: 'Count', cell: (f) => f.count, props: { ta: 'right' } },
          false,
        ]}
        rows={fruits}
        rowKey={(f) => f.id}
        empty="No fruit yet"
        minWidth={320}
        {...props}
      />
    </MantineProvider>,
  );
}

describe('DataTable', () => {
  it('shows the caption, the column headers and a row per item headed by its first cell', () => {
    show({});
    const table = screen.getByRole('table', { name: 'Fruit' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => [h.textContent, h.getAttribute('scope')]),
    ).toEqual([
      ['Name', 'col'],
      ['Count', 'col'],
    ]);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => [h.textContent, h.getAttribute('scope')])).toEqual([
      ['Apple', 'row'],
      ['Banana', 'row'],
    ]);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '12']);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says so in one row across every column when there are no rows', () => {
    show({ rows: [] });
    const table = screen.getByRole('table', { name: 'Fruit' });
    const cell = within(table).getByRole('cell');
    expect(cell.textContent).toBe('No fruit yet');
    expect(cell.getAttribute('colspan')).toBe('2');
    expect(within(table).queryByRole('rowheader')).toBeNull();
  });

  it('shows a spinner while the rows load, and the error alone when they failed', () => {
    show({ rows: undefined });
    expect(screen.getByRole('status').textContent).toBe('Loading');
    expect(screen.queryByRole('table')).toBeNull();
    cleanup();
    show({ rows: undefined, error: new ApiError(500, 'internal', null) });
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong. Please try again.');
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
