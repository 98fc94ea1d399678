import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEvaluations } from '../../assessments/hooks/useAssessments';
import { useLocalName } from '../../../lib/i18n';
import { QueryState } from '../../../ui/QueryState';
import { Section } from '../../../ui/Section';

/**
 * A person's evaluations on their page, from the evaluations list and its access (the server decides:
 * the person sees their released ones only, never drafts or calibration; assessors and leaders what they
 * may see): date (a link to the evaluation), scorecard, status and score with the critical-fail mark.
 */
export function PersonAssessmentsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const q = useEvaluations({ personId });
  return (
    <Section title={t('nav.evaluations')}>
      <QueryState query={q}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed">{t('assessments.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('assessments.occurredOn')}</Table.Th>
                    <Table.Th>{t('assessments.scorecard')}</Table.Th>
                    <Table.Th>{t('assessments.statusLabel')}</Table.Th>
                    <Table.Th>{t('assessments.score')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/evaluations/${r.id}`}>
                          {r.occurredOn}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{name(r.scorecard.titleEn, r.scorecard.titleZh)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light">{t(`assessments.status.${r.status}`)}</Badge>
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
          )
        }
      </QueryState>
    </Section>
  );
}
