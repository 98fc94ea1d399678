import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { CheckinAgenda } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { StandingBadge } from '../../monitoring/components/StandingBadge';
import { formatFigure } from '../../monitoring/utils/format';

/** The prepared agenda: indicator changes, goal progress, open actions and recent feedback. */
export function CheckinAgendaView({ agenda }: { agenda: CheckinAgenda }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const indicators = useIndicators();
  const unitOf = (id: string) => indicators.data?.find((i) => i.id === id);
  return (
    <Stack>
      {agenda.generatedAt && (
        <Text size="sm" c="dimmed">
          {t('checkins.agendaAsOf', { when: formatDateTime(agenda.generatedAt, lang) })}
        </Text>
      )}
      <Title order={3} size="h5">
        {t('checkins.agendaIndicators')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder striped>
          <Table.Caption>{t('checkins.agendaIndicatorsCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('dashboards.indicator')}</Table.Th>
              <Table.Th scope="col">{t('checkins.previous4')}</Table.Th>
              <Table.Th scope="col">{t('checkins.current4')}</Table.Th>
              <Table.Th scope="col">{t('checkins.change')}</Table.Th>
              <Table.Th scope="col">{t('checkins.standing')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {agenda.indicators.map((i) => {
              const unit = unitOf(i.indicatorId);
              return (
                <Table.Tr key={i.indicatorId}>
                  <Table.Th scope="row">{name(i.nameEn, i.nameZh)}</Table.Th>
                  <Table.Td>{formatFigure(i.previous.value, unit, lang)}</Table.Td>
                  <Table.Td>{formatFigure(i.current.value, unit, lang)}</Table.Td>
                  <Table.Td>
                    {i.change === null
                      ? '—'
                      : `${i.change > 0 ? '+' : i.change < 0 ? '−' : ''}${formatFigure(Math.abs(i.change), unit, lang)}`}
                  </Table.Td>
                  <Table.Td>
                    <StandingBadge standing={i.current.standing} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {agenda.indicators.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>{t('checkins.agendaEmpty')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={3} size="h5">
        {t('checkins.agendaGoals')}
      </Title>
      {agenda.goals.length ? (
        <List>
          {agenda.goals.map((g) => (
            <List.Item key={g.id}>
              {t('checkins.goalLine', {
                title: g.title,
                current: g.current === null ? '—' : g.current,
                target: g.target === null ? '—' : g.target,
                end: formatDate(g.periodEnd, lang),
              })}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{t('checkins.agendaEmpty')}</Text>
      )}
      <Title order={3} size="h5">
        {t('checkins.agendaActions')}
      </Title>
      {agenda.actionItems.length ? (
        <List>
          {agenda.actionItems.map((a) => (
            <List.Item key={a.id}>
              {a.title}
              {a.dueOn ? ` · ${t('checkins.dueOn', { date: formatDate(a.dueOn, lang) })}` : ''}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{t('checkins.agendaEmpty')}</Text>
      )}
      <Title order={3} size="h5">
        {t('checkins.agendaFeedback')}
      </Title>
      {agenda.feedback.length ? (
        <List>
          {agenda.feedback.map((f) => (
            <List.Item key={f.id}>
              <Text span fw={500}>
                {f.kind === 'praise' || f.kind === 'improvement' ? t(`feedback.kind.${f.kind}`) : f.kind}
              </Text>{' '}
              ({formatDateTime(f.createdAt, lang)}): {f.body}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{t('checkins.agendaEmpty')}</Text>
      )}
    </Stack>
  );
}
