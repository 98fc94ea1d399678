import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { formatFigure, formatInterval } from '../../monitoring/utils/format';
import { useTrainingNeeds } from '../hooks/useTraining';
import { AssignCourseDialog } from './AssignCourseDialog';
import { ItemNeedsTable, type CoursePick } from './ItemNeedsTable';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { SuggestedCourses } from './SuggestedCourses';

type Pick = CoursePick;

/**
 * Training-needs analysis: who is below standard on which indicator, then which scorecard items people
 * keep missing, each with the courses that address it.
 */
export function TrainingNeedsTable() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const indicators = useIndicators();
  const q = useTrainingNeeds(true);
  const [pick, setPick] = useState<Pick | null>(null);
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Loading />;
  return (
    <>
      <ScrollRegion label={t('training.needs')}>
        <Table miw={760} striped withTableBorder verticalSpacing="sm">
          <Table.Caption>
            {t('training.needsCaption', {
              from: formatDate(q.data.from, lang),
              to: formatDate(q.data.to, lang),
              count: q.data.items.length,
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboards.person')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.indicator')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.value')}</Table.Th>
              <Table.Th scope="col">{t('dashboards.target')}</Table.Th>
              <Table.Th scope="col">{t('training.suggested')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.items.map((n) => {
              const unit = indicators.data?.find((i) => i.id === n.indicator.id);
              const who = name(n.person.nameEn, n.person.nameZh);
              const ind = name(n.indicator.nameEn, n.indicator.nameZh);
              return (
                <Table.Tr key={`${n.person.id}-${n.indicator.id}`}>
                  <Table.Th scope="row">{who}</Table.Th>
                  <Table.Td>{ind}</Table.Td>
                  <Table.Td>
                    {formatFigure(n.figure.value, unit, lang)}
                    <Text size="xs" c="dimmed">
                      {formatInterval(n.figure.low, n.figure.high, unit, lang)} · n = {n.figure.sample}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatFigure(n.figure.target, unit, lang)}</Table.Td>
                  <Table.Td>
                    <SuggestedCourses
                      courses={n.courses}
                      who={who}
                      onAssign={(courseId) =>
                        setPick({
                          personId: n.person.id,
                          personName: who,
                          courseId,
                          reason: t('training.needReason', { indicator: ind }),
                        })
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {q.data.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>{t('training.noNeeds')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <ItemNeedsTable needs={q.data} onPick={setPick} />
      {pick && <AssignCourseDialog {...pick} onClose={() => setPick(null)} />}
    </>
  );
}
