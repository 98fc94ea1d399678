import { Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDate, todayIso } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { formatFigure, formatInterval } from '../../monitoring/utils/format';
import { useLeaderboard } from '../hooks/useRewards';
import { DateRangeInputs } from '../../../ui/DateRangeInputs';

/** The leaderboard of one indicator over a period: raw value with n, the fair (adjusted) value and its rank, points. */
export function LeaderboardView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const indicators = useIndicators();
  const [picked, setPicked] = useState<string | null>(null);
  const today = todayIso();
  const [from, setFrom] = useState(addDays(today, -28));
  const [to, setTo] = useState(addDays(today, -1));
  // customer satisfaction first when there is one: the figure most teams look at
  const indicatorId =
    picked ?? (indicators.data?.find((i) => i.code === 'CSAT') ?? indicators.data?.[0])?.id ?? null;
  const ok =
    !!indicatorId && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const q = useLeaderboard(ok && indicatorId ? { indicatorId, from, to } : null);
  const unit = indicators.data?.find((i) => i.id === q.data?.indicator.id);
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('dashboards.indicator')}
          searchable
          allowDeselect={false}
          value={indicatorId}
          onChange={setPicked}
          data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
        />
        <DateRangeInputs from={from} to={to} onFrom={setFrom} onTo={setTo} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('rewards.leaderboardHelp')}
      </Text>
      <ErrorAlert error={q.error} />
      {!q.data && !q.error && ok && <Loading />}
      {q.data && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Caption>
              {t('rewards.leaderboardCaption', {
                indicator: name(q.data.indicator.nameEn, q.data.indicator.nameZh),
                from: formatDate(q.data.from, lang),
                to: formatDate(q.data.to, lang),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('dashboards.rank')}</Table.Th>
                <Table.Th scope="col">{t('dashboards.person')}</Table.Th>
                <Table.Th scope="col">{t('rewards.rawValue')}</Table.Th>
                <Table.Th scope="col">{t('dashboards.interval')}</Table.Th>
                <Table.Th scope="col">n</Table.Th>
                <Table.Th scope="col">{t('rewards.fairValue')}</Table.Th>
                <Table.Th scope="col">{t('rewards.points')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.rows.map((r) => (
                <Table.Tr key={r.person.id}>
                  <Table.Td>{r.rank ?? (r.n > 0 ? t('rewards.unranked') : '—')}</Table.Td>
                  <Table.Th scope="row">
                    <Text fw={500}>{name(r.person.nameEn, r.person.nameZh)}</Text>
                    <Text size="xs" c="dimmed">
                      {r.person.orgUnitName}
                    </Text>
                  </Table.Th>
                  <Table.Td>{formatFigure(r.value, unit, lang)}</Table.Td>
                  <Table.Td>{formatInterval(r.low, r.high, unit, lang) || '—'}</Table.Td>
                  <Table.Td>{r.n}</Table.Td>
                  <Table.Td>{formatFigure(r.shrunk, unit, lang)}</Table.Td>
                  <Table.Td>{r.points}</Table.Td>
                </Table.Tr>
              ))}
              {q.data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>{t('dashboards.noRows')}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
