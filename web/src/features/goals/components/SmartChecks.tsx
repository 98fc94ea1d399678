import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SmartCheck } from '@frontline/contract';

const COLOR = { pass: 'green', warn: 'yellow', fail: 'red' } as const;

export function SmartChecks({ checks }: { checks: SmartCheck[] }) {
  const { t } = useTranslation();
  return (
    <List spacing={4} listStyleType="none" aria-label={t('smart.title')}>
      {checks.map((c) => (
        <List.Item key={c.check}>
          <Group gap="xs" wrap="nowrap" align="start">
            <Badge
              color={COLOR[c.status]}
              variant="light"
              miw={90}
              style={{ flexShrink: 0 }}
              autoContrast
              tt="none"
            >
              {t(`smart.status.${c.status}`)}
            </Badge>
            <Text size="sm">
              <b>{t(`smart.${c.check}.name`)}</b>:{' '}
              {t(`smart.${c.check}.${c.reason}`, { ...c.values, defaultValue: c.reason })}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
