import { Checkbox, Group, Stack, Text } from '@mantine/core';
import type { ActionItem } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueBadge } from '../../../ui/DueBadge';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useUpdateActionItem } from '../hooks/useCheckins';
import { usePersonName } from '../../people/hooks/usePersonName';

/** Action items with a tick box each (where the user may tick it), their owner and due state. */
export function ActionItemList({ items, showPerson = false }: { items: ActionItem[]; showPerson?: boolean }) {
  const { t } = useTranslation();
  const pn = usePersonName();
  const update = useUpdateActionItem();
  // the tick shows at once; it goes back if the server refuses
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const toggle = (id: string, done: boolean) => {
    setTicked((prev) => ({ ...prev, [id]: done }));
    update.mutate(
      { id, body: { done } },
      {
        onError: () =>
          setTicked((prev) => {
            const next = { ...prev };
            delete next[id];
            return next;
          }),
      },
    );
  };
  if (items.length === 0) return <Text c="dimmed">{t('checkins.noActions')}</Text>;
  return (
    <Stack
      gap="xs"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={t('checkins.actionItems')}
    >
      {items.map((a) => (
        <Group component="li" key={a.id} justify="space-between" wrap="wrap" gap="xs">
          <Checkbox
            label={a.title}
            checked={ticked[a.id] ?? a.doneAt !== null}
            disabled={!a.abilities.toggle}
            onChange={(e) => toggle(a.id, e.currentTarget.checked)}
          />
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {showPerson
                ? t('checkins.itemFor', {
                    name: pn(a.personId, a.personName),
                    owner: pn(a.ownerPersonId, a.ownerName),
                  })
                : t('checkins.owner', { name: pn(a.ownerPersonId, a.ownerName) })}
            </Text>
            <DueBadge dueOn={a.dueOn} done={ticked[a.id] ?? a.doneAt !== null} />
          </Group>
        </Group>
      ))}
      <ErrorAlert error={update.error} />
    </Stack>
  );
}
