import { Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isIsoDate, todayIso } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { usePointsLeaderboard } from '../hooks/useRewards';
import { DateRangeInputs } from '../../../ui/DateRangeInputs';

/** Who earned the most award points over a period. */
export function PointsLeaderboardView() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const today = todayIso();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const ok = isIsoDate(from) && isIsoDate(to) && from <= to;
  const q = usePointsLeaderboard(ok ? { from, to } : null);
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <DateRangeInputs from={from} to={to} onFrom={setFrom} onTo={setTo} />
      </Group>
      <ErrorAlert error={q.error} />
      {!q.data && !q.error && ok && <Loading />}
      {q.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Caption>
              {t('rewards.pointsCaption', {
                from: formatDate(q.data.from, lang),
                to: formatDate(q.data.to, lang),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rewards.rank')}</Table.Th>
                <Table.Th scope="col">{t('dashboards.person')}</Table.Th>
                <Table.Th scope="col">{t('rewards.points')}</Table.Th>
                <Table.Th scope="col">{t('rewards.awards')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.rows.map((r) => (
                <Table.Tr key={r.person.id}>
                  <Table.Td>{r.rank}</Table.Td>
                  <Table.Th scope="row">
                    <Text fw={500}>{name(r.person.nameEn, r.person.nameZh)}</Text>
                    <Text size="xs" c="dimmed">
                      {r.person.orgUnitName}
                    </Text>
                  </Table.Th>
                  <Table.Td>{r.points}</Table.Td>
                  <Table.Td>{r.awards}</Table.Td>
                </Table.Tr>
              ))}
              {q.data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>{t('rewards.noPoints')}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
