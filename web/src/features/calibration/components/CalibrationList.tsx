import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { CalibrationSessionSummary } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';

/** Calibration sessions as a table: title, scorecard, lead, progress and status. */
export function CalibrationList({ rows }: { rows: CalibrationSessionSummary[] }) {
  const { t } = useTranslation();
  const name = useLocalName();
  if (rows.length === 0) return <Text c="dimmed">{t('calibration.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calibration.title')}</Table.Th>
            <Table.Th>{t('assessments.scorecard')}</Table.Th>
            <Table.Th>{t('calibration.lead')}</Table.Th>
            <Table.Th>{t('calibration.progress')}</Table.Th>
            <Table.Th>{t('assessments.statusLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/calibration/${r.id}`}>
                  {r.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{name(r.scorecard.titleEn, r.scorecard.titleZh)}</Table.Td>
              <Table.Td>{r.leadName}</Table.Td>
              <Table.Td>{t('calibration.finishedOf', { finished: r.finished, total: r.assessors })}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`calibration.status.${r.status}`)}</Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
