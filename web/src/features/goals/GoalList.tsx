import { Anchor, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Goal } from '@frontline/contract';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatValue, useGoals, useIndicators } from './api';

export function GoalTable({ goals, showPerson = false }: { goals: Goal[]; showPerson?: boolean }) {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  const ind = (id: string | null) => indicators.data?.find((i) => i.id === id);
  if (goals.length === 0) return <Text c="dimmed">{t('goals.none')}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          {showPerson && <Table.Th>{t('goals.person')}</Table.Th>}
          <Table.Th>{t('goals.goal')}</Table.Th>
          <Table.Th>{t('goals.period')}</Table.Th>
          <Table.Th>{t('goals.target')}</Table.Th>
          <Table.Th>{t('goals.progress')}</Table.Th>
          <Table.Th>{t('goals.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {goals.map((g) => (
          <Table.Tr key={g.id}>
            {showPerson && <Table.Td>{g.personName}</Table.Td>}
            <Table.Td>
              <Anchor component={Link} to={`/goals/${g.id}`}>
                {g.title}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {g.periodStart} – {g.periodEnd}
            </Table.Td>
            <Table.Td>
              {g.kind === 'indicator'
                ? `${g.indicatorCode ?? ''} ${formatValue(g.target, ind(g.indicatorId), i18n.language)}`
                : t('goals.qualitative')}
            </Table.Td>
            <Table.Td miw={140}>
              {g.progress?.attainmentPct !== null && g.progress?.attainmentPct !== undefined ? (
                <>
                  <Progress
                    value={Math.min(100, g.progress.attainmentPct)}
                    color={g.progress.onTrack ? 'green' : 'orange'}
                    aria-label={t('goals.attainment')}
                  />
                  <Text size="xs">
                    {formatValue(g.progress.current, ind(g.indicatorId), i18n.language)} · n=
                    {g.progress.sample}
                  </Text>
                </>
              ) : (
                '—'
              )}
            </Table.Td>
            <Table.Td>
              <StatusBadge value={g.status} label={t(`goalStatus.${g.status}`)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function GoalList({ personId }: { personId: string }) {
  const goals = useGoals({ personId });
  if (goals.error) return <ErrorAlert error={goals.error} />;
  return <GoalTable goals={goals.data ?? []} />;
}
