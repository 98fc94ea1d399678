import type { TrainingNeeds } from '@frontline/contract';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { formatAttainment } from '../../monitoring/utils/format';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { SuggestedCourses } from './SuggestedCourses';

export interface CoursePick {
  personId: string;
  personName: string;
  courseId: string;
  reason: string;
}

/**
 * Scorecard items people keep missing (released evaluations over the range): the person's misses in
 * words beside the team's, the interval beneath, and the courses linked to the scorecard's indicator.
 */
export function ItemNeedsTable({ needs, onPick }: { needs: TrainingNeeds; onPick: (p: CoursePick) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const pct = (v: number) => formatAttainment(v, lang);
  const rows = needs.itemNeeds;
  return (
    <ScrollRegion label={t('training.itemNeedsTitle')}>
      <Table miw={760} striped withTableBorder verticalSpacing="sm">
        <Table.Caption>{t('training.itemNeedsCaption', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboards.person')}</Table.Th>
            <Table.Th scope="col">{t('training.item')}</Table.Th>
            <Table.Th scope="col">{t('training.missedCol')}</Table.Th>
            <Table.Th scope="col">{t('training.suggested')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((n) => {
            const who = name(n.person.nameEn, n.person.nameZh);
            const item = lang === 'zh-Hant' ? n.item.textZh : n.item.textEn;
            const card = lang === 'zh-Hant' ? n.scorecard.titleZh : n.scorecard.titleEn;
            return (
              <Table.Tr key={`${n.person.id}-${n.scorecard.id}-${n.item.itemId}`}>
                <Table.Th scope="row">{who}</Table.Th>
                <Table.Td>
                  {item}
                  <Text size="xs" c="dimmed">
                    {card}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {t('training.missedWords', {
                    missed: n.missed,
                    answered: n.answered,
                    rate: pct(n.rate),
                    team: pct(n.team.rate),
                  })}
                  <Text size="xs" c="dimmed">
                    {t('training.missedStats', {
                      low: pct(n.low),
                      high: pct(n.high),
                      teamMissed: n.team.missed,
                      teamAnswered: n.team.answered,
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <SuggestedCourses
                    courses={n.courses}
                    who={who}
                    onAssign={(courseId) =>
                      onPick({
                        personId: n.person.id,
                        personName: who,
                        courseId,
                        reason: t('training.itemNeedReason', { item }),
                      })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>
                {needs.sources.includes('assessments')
                  ? t('training.noItemNeeds')
                  : t('training.noAssessments')}
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
