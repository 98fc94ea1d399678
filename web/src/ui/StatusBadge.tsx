import { Badge } from '@mantine/core';

const COLORS: Record<string, string> = {
  active: 'green',
  agreed: 'teal',
  proposed: 'yellow',
  draft: 'gray',
  achieved: 'blue',
  missed: 'red',
  cancelled: 'dark',
  on_leave: 'yellow',
  left: 'gray',
};

export function StatusBadge({ value, label }: { value: string; label: string }) {
  return (
    <Badge color={COLORS[value] ?? 'gray'} variant="light" autoContrast>
      {label}
    </Badge>
  );
}
