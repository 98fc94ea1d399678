import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DataItem {
  label: string;
  value: ReactNode;
}

/** Labelled values as a description list, in one or more columns. */
export function DataList({ items, cols = 2 }: { items: DataItem[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="sm" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0}>
            {item.value === null || item.value === undefined || item.value === '' ? '—' : item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
