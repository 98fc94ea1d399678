import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table's frame: it scrolls sideways on a phone and is a named region reachable by keyboard
 * (axe: scrollable-region-focusable). Give the table inside its minimum width (`miw`).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box tabIndex={0} role="region" aria-label={label} style={{ overflowX: 'auto' }}>
      {children}
    </Box>
  );
}
