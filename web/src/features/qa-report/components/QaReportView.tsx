import { Anchor, Box, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { QaFigure, QaReport } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { todayIso } from '../../../lib/dates';
import { DateRangeInputs } from '../../../ui/DateRangeInputs';
import { QueryState } from '../../../ui/QueryState';
import { UnitPicker } from '../../monitoring/components/UnitPicker';
import { useScorecards } from '../../assessments/hooks/useAssessments';
import { useQaReport } from '../hooks/useQaReport';
import { qaCsvUrl, qaXlsxUrl } from '../api';
import { ScrollRegion } from '../../../ui/ScrollRegion';

const pct = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)}%`);

/** A score in words first; the numbers behind it one click away. */
export function FigureWords({ f }: { f: QaFigure }) {
  const { t } = useTranslation();
  if (f.value === null) return <Text size="sm">{t('qaReport.noFigure')}</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">
        {f.low !== null && f.high !== null
          ? t('qaReport.figureWords', { value: pct(f.value), n: f.n, low: pct(f.low), high: pct(f.high) })
          : t('qaReport.figureWordsNoInterval', { value: pct(f.value), n: f.n })}
      </Text>
      <details>
        <summary>
          <Text span size="xs" c="dimmed">
            {t('qaReport.numbers')}
          </Text>
        </summary>
        <Text size="xs">
          {t('qaReport.numbersText', {
            earned: f.earned,
            possible: f.possible,
            n: f.n,
            low: pct(f.low),
            high: pct(f.high),
          })}
        </Text>
      </details>
    </Stack>
  );
}

function Report({ r }: { r: QaReport }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const lang = i18n.language === 'zh-Hant' ? 'zh-Hant' : 'en';
  const query = {
    scorecardId: r.scorecard.id,
    from: r.from,
    to: r.to,
    ...(r.unit ? { unitId: r.unit.id } : {}),
  };
  return (
    <Stack gap="lg">
      <Box>
        <Title order={2} size="h4">
          {t('qaReport.team')}
        </Title>
        <FigureWords f={r.team} />
        <Group mt="xs" gap="md">
          <Anchor href={qaCsvUrl({ ...query, table: 'summary', lang })} download>
            {t('qaReport.csvSummary')}
          </Anchor>
          <Anchor href={qaCsvUrl({ ...query, table: 'items', lang })} download>
            {t('qaReport.csvItems')}
          </Anchor>
          <Anchor href={qaXlsxUrl({ ...query, lang })} download>
            {t('qaReport.xlsx')}
          </Anchor>
        </Group>
      </Box>
      <Box>
        <Title order={2} size="h4">
          {t('qaReport.people')}
        </Title>
        {r.people.length === 0 ? (
          <Text size="sm">{t('qaReport.nobody')}</Text>
        ) : (
          <ScrollRegion label={t('qaReport.people')}>
            <Table miw={520}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('qaReport.person')}</Table.Th>
                  <Table.Th>{t('qaReport.score')}</Table.Th>
                  <Table.Th>{t('qaReport.criticalFails')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.people.map((p) => (
                  <Table.Tr key={p.person.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${p.person.id}`}>
                        {name(p.person.nameEn, p.person.nameZh)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <FigureWords f={p.figure} />
                    </Table.Td>
                    <Table.Td>{p.criticalFailed}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Box>
      <Box>
        <Title order={2} size="h4">
          {t('qaReport.items')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('qaReport.itemsHelp')}
        </Text>
        <ScrollRegion label={t('qaReport.items')}>
          <Table miw={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('qaReport.item')}</Table.Th>
                <Table.Th>{t('qaReport.missRate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.items.map((i) => (
                <Table.Tr key={`${i.sectionId}/${i.itemId}`}>
                  <Table.Td>
                    {name(i.textEn, i.textZh)}
                    <Text size="xs" c="dimmed">
                      {name(i.sectionEn, i.sectionZh)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t('qaReport.missWords', {
                      rate: pct(i.rate),
                      missed: i.missed,
                      applicable: i.applicable,
                    })}
                    <Text size="xs" c="dimmed">
                      {t('qaReport.missInterval', { low: pct(i.low), high: pct(i.high) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Box>
      <Box>
        <Title order={2} size="h4">
          {t('qaReport.assessors')}
        </Title>
        <ScrollRegion label={t('qaReport.assessors')}>
          <Table miw={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('qaReport.assessor')}</Table.Th>
                <Table.Th>{t('qaReport.evaluations')}</Table.Th>
                <Table.Th>{t('qaReport.meanScore')}</Table.Th>
                <Table.Th>{t('qaReport.difference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.assessors.map((a) => (
                <Table.Tr key={a.assessor.userId}>
                  <Table.Td>{a.assessor.name}</Table.Td>
                  <Table.Td>{a.figure.n}</Table.Td>
                  <Table.Td>{pct(a.figure.value)}</Table.Td>
                  <Table.Td>
                    {a.difference === null
                      ? '–'
                      : t('qaReport.differenceWords', {
                          points: `${a.difference > 0 ? '+' : ''}${a.difference.toFixed(1)}`,
                        })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Box>
    </Stack>
  );
}

/** The team QA view: choose a scorecard, a period and a unit. */
export function QaReportView() {
  const { t } = useTranslation();
  const name = useLocalName();
  const cards = useScorecards({});
  const today = todayIso();
  const [scorecardId, setScorecardId] = useState<string | null>(null);
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [unitId, setUnitId] = useState<string | null>(null);
  const chosen = scorecardId ?? cards.data?.[0]?.id ?? null;
  const report = useQaReport(
    chosen && from <= to ? { scorecardId: chosen, from, to, ...(unitId ? { unitId } : {}) } : null,
  );
  return (
    <Stack>
      <Group align="end" wrap="wrap">
        <Select
          label={t('qaReport.scorecard')}
          data={(cards.data ?? []).map((c) => ({
            value: c.id,
            label: `${name(c.titleEn, c.titleZh)} (v${c.version})`,
          }))}
          value={chosen}
          onChange={setScorecardId}
          w={280}
        />
        <DateRangeInputs from={from} to={to} onFrom={setFrom} onTo={setTo} required />
        <UnitPicker value={unitId ?? undefined} onChange={setUnitId} placeholder={t('qaReport.allUnits')} />
      </Group>
      {chosen ? (
        <QueryState query={report}>{(r) => <Report r={r} />}</QueryState>
      ) : (
        <Text size="sm">{t('qaReport.noScorecard')}</Text>
      )}
    </Stack>
  );
}
