import { Anchor, Table, Text } from '@mantine/core';
import type { OrgDashboard } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { CellDetail } from './CellDetail';

/** Sites and teams × indicators: value with n and interval, target, attainment and standing. */
export function OrgDashboardTable({ data }: { data: OrgDashboard }) {
  const { t } = useTranslation();
  const name = useLocalName();
  return (
    <Table.ScrollContainer minWidth={300 + data.indicators.length * 170}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="org-dashboard">
        <Table.Caption>{t('dashboards.orgCaption', { from: data.from, to: data.to })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboards.unitColumn')}</Table.Th>
            {data.indicators.map((i) => (
              <Table.Th scope="col" key={i.id}>
                {name(i.nameEn, i.nameZh)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.rows.map((r) => (
            <Table.Tr key={r.unit.id}>
              <Table.Th scope="row">
                <Anchor
                  component={Link}
                  fw={500}
                  to={`/dashboards/team?unitId=${r.unit.id}&from=${data.from}&to=${data.to}&grain=${data.grain}`}
                >
                  {name(r.unit.nameEn, r.unit.nameZh)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('dashboards.peopleCount', { count: r.people })}
                </Text>
              </Table.Th>
              {data.indicators.map((i) => (
                <Table.Td key={i.id}>
                  <CellDetail figure={r.cells[i.id]} indicator={i} spark />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {data.rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={data.indicators.length + 1}>{t('dashboards.noRows')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
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
  );
}
