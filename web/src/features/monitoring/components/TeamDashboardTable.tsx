import { Anchor, Select, Stack, Table, Text } from '@mantine/core';
import type { TeamDashboard } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { formatFigure } from '../utils/format';
import { CellDetail } from './CellDetail';

/**
 * People × indicators: value with n, a sparkline and the standing per cell. "Fair rank" orders people by
 * one indicator's value shrunk towards the team (so a tiny sample does not top or tail the list).
 */
export function TeamDashboardTable({ data }: { data: TeamDashboard }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const [rankBy, setRankBy] = useState<string | null>(null);
  const rankIndicator = data.indicators.find((i) => i.id === rankBy);
  const rankOf = (r: (typeof data.rows)[number]) =>
    (rankBy ? r.cells[rankBy]?.rank : null) ?? Number.POSITIVE_INFINITY;
  const rows = rankBy ? [...data.rows].sort((a, b) => rankOf(a) - rankOf(b)) : data.rows;
  return (
    <Stack>
      <Select
        label={t('dashboards.fairRank')}
        description={t('dashboards.fairRankHelp')}
        placeholder={t('dashboards.fairRankNone')}
        data={data.indicators.map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
        value={rankBy}
        onChange={setRankBy}
        clearable
        w={320}
      />
      <Table.ScrollContainer minWidth={300 + data.indicators.length * 200}>
        <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="team-dashboard">
          <Table.Caption>
            {t('dashboards.teamCaption', {
              unit: data.unit ? name(data.unit.nameEn, data.unit.nameZh) : t('dashboards.myTeam'),
              from: data.from,
              to: data.to,
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {rankIndicator && <Table.Th scope="col">{t('dashboards.rank')}</Table.Th>}
              <Table.Th scope="col">{t('dashboards.person')}</Table.Th>
              {data.indicators.map((i) => (
                <Table.Th scope="col" key={i.id}>
                  {name(i.nameEn, i.nameZh)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const ranked = rankIndicator ? r.cells[rankIndicator.id] : undefined;
              return (
                <Table.Tr key={r.person.id}>
                  {rankIndicator && (
                    <Table.Td>
                      <Text fw={600}>{ranked?.rank ?? '—'}</Text>
                      {ranked?.shrunk !== null && ranked?.shrunk !== undefined && (
                        <Text size="xs" c="dimmed">
                          {t('dashboards.shrunk', {
                            value: formatFigure(ranked.shrunk, rankIndicator, i18n.language),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                  )}
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/people/${r.person.id}/performance`}>
                      {name(r.person.nameEn, r.person.nameZh)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {name(r.person.jobRoleName, r.person.jobRoleNameZh)}
                    </Text>
                  </Table.Th>
                  {data.indicators.map((i) => (
                    <Table.Td key={i.id} data-indicator={i.code}>
                      <CellDetail figure={r.cells[i.id]} indicator={i} spark />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={data.indicators.length + 2}>{t('dashboards.noRows')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              {rankIndicator && <Table.Td />}
              <Table.Th scope="row">{t('dashboards.total')}</Table.Th>
              {data.indicators.map((i) => (
                <Table.Td key={i.id}>
                  <CellDetail figure={data.total[i.id]} indicator={i} />
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
