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
  disabled: 'red',
};

/** A status word on a coloured badge (the word carries the meaning; the colour only helps); it never truncates. */
export function StatusBadge({ value, label, color }: { value: string; label: string; color?: string }) {
  return (
    <Badge
      color={color ?? COLORS[value] ?? 'gray'}
      variant="light"
      autoContrast
      tt="none"
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {label}
    </Badge>
  );
}
