import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** A short confirmation that something was saved, announced politely to screen readers. */
export function SuccessAlert({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Alert color="green" variant="light" role="status" title={title}>
      {children}
    </Alert>
  );
}
