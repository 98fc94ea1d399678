import { Anchor, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Goal } from '@frontline/contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useGoals } from '../hooks/useGoals';
import { formatValue } from '../../indicators/utils/format';

export function GoalTable({ goals, showPerson = false }: { goals: Goal[]; showPerson?: boolean }) {
  const { t, i18n } = useTranslation();
  const indicators = useIndicators();
  const ind = (id: string | null) => indicators.data?.find((i) => i.id === id);
  if (goals.length === 0) return <Text c="dimmed">{t('goals.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={showPerson ? 760 : 620}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {showPerson && <Table.Th scope="col">{t('goals.person')}</Table.Th>}
            <Table.Th scope="col">{t('goals.goal')}</Table.Th>
            <Table.Th scope="col">{t('goals.period')}</Table.Th>
            <Table.Th scope="col">{t('goals.target')}</Table.Th>
            <Table.Th scope="col">{t('goals.progress')}</Table.Th>
            <Table.Th scope="col">{t('goals.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {goals.map((g) => (
            <Table.Tr key={g.id}>
              {showPerson && (
                <Table.Td>
                  <Anchor component={Link} to={`/people/${g.personId}`}>
                    {g.personName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                <Anchor component={Link} to={`/goals/${g.id}`}>
                  {g.title}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
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
                      aria-label={t('goals.attainmentOf', { pct: Math.round(g.progress.attainmentPct) })}
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
    </Table.ScrollContainer>
  );
}

/** One person's goals. */
export function GoalList({ personId }: { personId: string }) {
  const goals = useGoals({ personId });
  if (goals.isPending) return <Loading />;
  if (goals.error) return <ErrorAlert error={goals.error} />;
  return <GoalTable goals={goals.data} />;
}
