import { Badge, Group, Table, Text } from '@mantine/core';
import type { Answer, AnswerValue, ScorecardContent, ScoreResult } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/** The score and how it was made: each section and item, points earned of points possible. */
export function ScoreBreakdown({
  sections,
  result,
  answers,
}: {
  sections: ScorecardContent;
  result: ScoreResult;
  answers: Answer[];
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const comments = new Map(answers.map((a) => [a.itemId, a.comment]));
  const shown = (v: AnswerValue | null) =>
    v === null ? '—' : v === 'yes' || v === 'no' || v === 'na' ? t(`assessments.${v}`) : String(v);
  return (
    <>
      <Group gap="sm" mb="sm">
        <Text size="xl" fw={700} data-testid="evaluation-percent">
          {result.percent === null ? '—' : `${fmt(result.percent)}%`}
        </Text>
        <Text c="dimmed">
          {t('assessments.points', { earned: fmt(result.earned), possible: fmt(result.possible) })}
        </Text>
        {result.criticalFailed && <Badge color="red">{t('assessments.criticalFailed')}</Badge>}
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assessments.item')}</Table.Th>
            <Table.Th>{t('assessments.answer')}</Table.Th>
            <Table.Th>{t('assessments.earned')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sections.map((s) => {
            const sr = result.sections.find((x) => x.sectionId === s.id);
            return [
              <Table.Tr key={s.id}>
                <Table.Td colSpan={2} fw={600}>
                  {name(s.titleEn, s.titleZh)}
                  {sr?.failed && (
                    <Badge ml="xs" color="red" size="sm">
                      {t('assessments.sectionFailed')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td fw={600}>{sr ? `${fmt(sr.earned)} / ${fmt(sr.possible)}` : ''}</Table.Td>
              </Table.Tr>,
              ...s.items.map((item) => {
                const ir = sr?.items.find((x) => x.itemId === item.id);
                return (
                  <Table.Tr key={`${s.id}:${item.id}`}>
                    <Table.Td>
                      {name(item.textEn, item.textZh)}
                      {item.critical !== 'none' && (
                        <Badge ml="xs" size="xs" variant="outline" color="red.9">
                          {t('assessments.critical')}
                        </Badge>
                      )}
                      {comments.get(item.id) && (
                        <Text size="sm" c="dimmed">
                          {comments.get(item.id)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {shown(ir?.value ?? null)}
                      {ir?.criticalMissed && (
                        <Badge ml="xs" size="xs" color="red">
                          {t('assessments.missed')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {ir && !ir.na && ir.value !== null ? `${fmt(ir.earned)} / ${fmt(ir.possible)}` : '—'}
                    </Table.Td>
                  </Table.Tr>
                );
              }),
            ];
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
