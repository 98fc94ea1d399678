import { Button, Group, Table, Text } from '@mantine/core';
import type { CheckinDueRow } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../../lib/dates';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { CadenceBadge } from './CadenceBadge';
import { CadenceDialog } from './CadenceDialog';
import { ScheduleCheckinDialog } from './ScheduleCheckinDialog';

/** The leader's team against their check-in cadence: who is due or overdue, and when the next one is. */
export function TeamCadenceTable({ rows }: { rows: CheckinDueRow[] }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const [cadenceFor, setCadenceFor] = useState<CheckinDueRow | null>(null);
  const [scheduleFor, setScheduleFor] = useState<string | null>(null);
  const lang = i18n.language;
  const overdue = rows.filter((r) => r.cadence.status === 'overdue').length;
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder verticalSpacing="sm">
          <Table.Caption>
            {t('checkins.cadenceCaption', {
              count: rows.length,
              overdue,
              today: formatDate(todayIso(), lang),
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('checkins.person')}</Table.Th>
              <Table.Th scope="col">{t('checkins.everyDays')}</Table.Th>
              <Table.Th scope="col">{t('checkins.lastHeld')}</Table.Th>
              <Table.Th scope="col">{t('checkins.nextDue')}</Table.Th>
              <Table.Th scope="col">{t('checkins.state')}</Table.Th>
              <Table.Th scope="col">{t('checkins.nextPlanned')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const who = name(r.person.nameEn, r.person.nameZh);
              return (
                <Table.Tr key={r.person.id}>
                  <Table.Th scope="row">
                    <Text fw={500}>{who}</Text>
                    <Text size="xs" c="dimmed">
                      {r.person.employeeNumber}
                    </Text>
                  </Table.Th>
                  <Table.Td>{r.cadence.everyDays ?? '—'}</Table.Td>
                  <Table.Td>
                    {r.cadence.lastHeldAt ? formatDateTime(r.cadence.lastHeldAt, lang) : '—'}
                  </Table.Td>
                  <Table.Td>{r.cadence.nextDueOn ? formatDate(r.cadence.nextDueOn, lang) : '—'}</Table.Td>
                  <Table.Td>
                    <CadenceBadge status={r.cadence.status} />
                  </Table.Td>
                  <Table.Td>
                    {r.cadence.nextPlannedAt ? formatDateTime(r.cadence.nextPlannedAt, lang) : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        onClick={() => setScheduleFor(r.person.id)}
                        aria-label={t('checkins.scheduleWith', { name: who })}
                      >
                        {t('checkins.scheduleShort')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setCadenceFor(r)}
                        aria-label={t('checkins.setCadenceFor', { name: who })}
                      >
                        {t('checkins.setCadence')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>{t('checkins.noTeam')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {cadenceFor && (
        <CadenceDialog
          personId={cadenceFor.person.id}
          personName={name(cadenceFor.person.nameEn, cadenceFor.person.nameZh)}
          everyDays={cadenceFor.cadence.everyDays}
          onClose={() => setCadenceFor(null)}
        />
      )}
      {scheduleFor && (
        <ScheduleCheckinDialog opened personId={scheduleFor} onClose={() => setScheduleFor(null)} />
      )}
    </>
  );
}
