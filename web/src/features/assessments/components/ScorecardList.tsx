import { Badge, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Scorecard } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { QueryState } from '../../../ui/QueryState';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useScorecards, useUpdateScorecard } from '../hooks/useAssessments';

/** The versions of each code, the latest first (codes in the order the server lists them). */
export function byCode(cards: readonly Scorecard[]): Scorecard[][] {
  const groups = new Map<string, Scorecard[]>();
  for (const c of cards) groups.set(c.code, [...(groups.get(c.code) ?? []), c]);
  return [...groups.values()].map((g) => [...g].sort((a, b) => b.version - a.version));
}

/**
 * Scorecard templates: the latest version of each code with its sections and items (type, weight,
 * criticality), its edit and retire actions, and the code's earlier versions with their evaluations.
 */
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
          {byCode(cards).map(([c, ...earlier]) =>
            c ? (
              <Card withBorder key={c.code} component="section" aria-label={name(c.titleEn, c.titleZh)}>
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    {`${name(c.titleEn, c.titleZh)} · v${c.version}`}
                  </Title>
                  <Group gap="xs">
                    <Badge variant="light">{t(`assessments.kind.${c.kind}`)}</Badge>
                    <StatusBadge
                      value={c.active ? 'active' : 'left'}
                      label={t(c.active ? 'assessments.active' : 'assessments.retired')}
                    />
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
                <Group mt="sm" gap="xs">
                  {c.active && (
                    <Button
                      component={Link}
                      to={`/scorecards/${c.id}/edit`}
                      variant="light"
                      aria-label={t('common.editNamed', { name: name(c.titleEn, c.titleZh) })}
                    >
                      {t('common.edit')}
                    </Button>
                  )}
                  <Button
                    variant="subtle"
                    loading={update.isPending}
                    onClick={() => update.mutate({ id: c.id, body: { active: !c.active } })}
                  >
                    {t(c.active ? 'assessments.retire' : 'assessments.reactivate')}
                  </Button>
                </Group>
                {earlier.length > 0 && (
                  <details>
                    <summary>
                      <Text span size="sm" fw={600}>
                        {t('assessments.editor.history', { count: earlier.length + 1 })}
                      </Text>
                    </summary>
                    <Table.ScrollContainer minWidth={280}>
                      <Table>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('assessments.version')}</Table.Th>
                            <Table.Th>{t('assessments.editor.state')}</Table.Th>
                            <Table.Th>{t('assessments.editor.evaluations')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {[c, ...earlier].map((v) => (
                            <Table.Tr key={v.id}>
                              <Table.Td>{`v${v.version}`}</Table.Td>
                              <Table.Td>
                                {t(v.active ? 'assessments.active' : 'assessments.retired')}
                              </Table.Td>
                              <Table.Td>{v.evaluations}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                  </details>
                )}
              </Card>
            ) : null,
          )}
        </Stack>
      )}
    </QueryState>
  );
}
