import { Accordion, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { usePolicies } from './api';

export function PoliciesPage() {
  const { t, i18n } = useTranslation();
  const policies = usePolicies();
  return (
    <>
      <PageTitle>{t('policies.title')}</PageTitle>
      <ErrorAlert error={policies.error} />
      <Accordion variant="separated">
        {(policies.data ?? []).map((p) => (
          <Accordion.Item key={p.id} value={p.id}>
            <Accordion.Control>
              <Group>
                <Text fw={600}>{localName(p.current.titleEn, p.current.titleZh, i18n.language)}</Text>
                <Badge variant="light" autoContrast>
                  {t(`policies.kind.${p.kind}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t('policies.version', { version: p.current.version, date: p.current.effectiveFrom })}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Text style={{ whiteSpace: 'pre-line' }}>
                {localName(p.current.bodyEn, p.current.bodyZh, i18n.language)}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </>
  );
}
