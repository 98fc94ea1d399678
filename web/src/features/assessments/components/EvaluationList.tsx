import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { EvaluationSummary } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { useSession } from '../../auth/hooks/useSession';
import { UncertifiedBadge } from '../../certification/components/UncertifiedMark';
import { useEvaluationMarksById } from '../../certification/hooks/useCertification';

/** Evaluations as a table: person, scorecard, date, status and score; an uncertified assessor's marked. */
export function EvaluationList({ rows }: { rows: EvaluationSummary[] }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const { can } = useSession();
  const marks = useEvaluationMarksById(
    rows.map((r) => r.id),
    can('assessments.score'),
  );
  if (rows.length === 0) return <Text c="dimmed">{t('assessments.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assessments.person')}</Table.Th>
            <Table.Th>{t('assessments.scorecard')}</Table.Th>
            <Table.Th>{t('assessments.occurredOn')}</Table.Th>
            <Table.Th>{t('assessments.statusLabel')}</Table.Th>
            <Table.Th>{t('assessments.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="evaluation-row">
              <Table.Td>
                <Anchor component={Link} to={`/evaluations/${r.id}`}>
                  {name(r.person.nameEn, r.person.nameZh)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {name(r.scorecard.titleEn, r.scorecard.titleZh)}
                <UncertifiedBadge mark={marks.get(r.id)} ml="xs" />
              </Table.Td>
              <Table.Td>{r.occurredOn}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`assessments.status.${r.status}`)}</Badge>
                {r.openDisputes > 0 && (
                  <Badge ml="xs" color="dark" variant="outline">
                    {t('assessments.openDisputes', { count: r.openDisputes })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {r.percent === null ? '—' : `${Math.round(r.percent * 10) / 10}%`}
                {r.criticalFailed && (
                  <Badge ml="xs" color="red" size="sm">
                    {t('assessments.criticalFailed')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
