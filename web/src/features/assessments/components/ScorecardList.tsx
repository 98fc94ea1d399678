import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { QueryState } from '../../../ui/QueryState';
import { useScorecards, useUpdateScorecard } from '../hooks/useAssessments';

/** Scorecard templates, every version: sections and items with their type, weight and criticality. */
export function ScorecardList() {
  const { t } = useTranslation();
  const name = useLocalName();
  const q = useScorecards({ all: true });
  const update = useUpdateScorecard();
  const type = (i: { type: string; maxPoints?: number }) =>
    i.type === 'points'
      ? t('assessments.type.points', { max: i.maxPoints ?? 1 })
      : t(`assessments.type.${i.type}`);
  return (
    <QueryState query={q}>
      {(cards) => (
        <Stack>
          <ErrorAlert error={update.error} />
          {cards.map((c) => (
            <Card withBorder key={c.id}>
              <Group justify="space-between">
                <Title order={2} size="h4">
                  {`${name(c.titleEn, c.titleZh)} · v${c.version}`}
                </Title>
                <Group gap="xs">
                  <Badge variant="light">{t(`assessments.kind.${c.kind}`)}</Badge>
                  <Badge color={c.active ? 'green' : 'gray'}>
                    {t(c.active ? 'assessments.active' : 'assessments.retired')}
                  </Badge>
                </Group>
              </Group>
              <Text size="sm" c="dimmed">
                {t('assessments.cardFacts', {
                  code: c.code,
                  n: c.evaluations,
                  indicator: c.indicatorCode ?? '—',
                })}
              </Text>
              {c.sections.map((s) => (
                <Stack key={s.id} gap={2} mt="sm">
                  <Text fw={600}>{name(s.titleEn, s.titleZh)}</Text>
                  <List size="sm">
                    {s.items.map((i) => (
                      <List.Item key={i.id}>
                        {`${name(i.textEn, i.textZh)} — ${type(i)}, ${t('assessments.weight', { w: i.weight })}`}
                        {i.critical !== 'none' && ` · ${t(`assessments.criticalKind.${i.critical}`)}`}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              ))}
              <Button
                mt="sm"
                variant="subtle"
                w="fit-content"
                loading={update.isPending}
                onClick={() => update.mutate({ id: c.id, body: { active: !c.active } })}
              >
                {t(c.active ? 'assessments.retire' : 'assessments.reactivate')}
              </Button>
            </Card>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
