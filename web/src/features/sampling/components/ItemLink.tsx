import { Anchor, Text } from '@mantine/core';
import type { SampleItem } from '@frontline/contract';
import { Link } from 'react-router';

/** The interaction's key, linked to its import where there is one. */
export function ItemKey({ item }: { item: SampleItem }) {
  return item.batchId ? (
    <Anchor component={Link} to={`/imports/${item.batchId}`} size="sm">
      {item.interactionKey}
    </Anchor>
  ) : (
    <Text size="sm">{item.interactionKey}</Text>
  );
}
