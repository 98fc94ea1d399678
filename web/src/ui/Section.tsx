import { Card, Group, Title, type CardProps } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * A titled part of a page: a bordered card that is a `section` named by its h2, so screen readers
 * list it as a region (and browser tests find it by that name). `aside` sits to the title's right.
 */
export function Section({
  title,
  aside,
  children,
  ...props
}: Omit<CardProps, 'title' | 'children'> & { title: ReactNode; aside?: ReactNode; children?: ReactNode }) {
  const id = useId();
  const heading = (
    <Title id={id} order={2} size="h4" mb={aside ? undefined : 'sm'}>
      {title}
    </Title>
  );
  return (
    <Card withBorder component="section" aria-labelledby={id} {...props}>
      {aside ? (
        <Group justify="space-between" mb="sm">
          {heading}
          {aside}
        </Group>
      ) : (
        heading
      )}
      {children}
    </Card>
  );
}
