import { Group, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

/** The one h1 of a page, which also names the browser tab; actions sit to its right. */
export function PageTitle({
  children,
  actions,
  subtitle,
}: {
  children: string;
  actions?: ReactNode;
  subtitle?: ReactNode;
}) {
  useEffect(() => {
    document.title = `${children} · Frontline`;
  }, [children]);
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
      <div>
        <Title order={1} size="h2">
          {children}
        </Title>
        {subtitle && (
          <Text c="dimmed" mt={4}>
            {subtitle}
          </Text>
        )}
      </div>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
