import { Button, Group, Text } from '@mantine/core';
import type { CheckinDueRow } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../../lib/dates';
import { formatDateTime, useLocalName } from '../../../lib/i18n';
import { DataTable } from '../../../ui/DataTable';
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
      <DataTable
        caption={t('checkins.cadenceCaption', {
          count: rows.length,
          overdue,
          today: formatDate(todayIso(), lang),
        })}
        columns={[
          {
            header: t('checkins.person'),
            cell: (r) => (
              <>
                <Text fw={500}>{name(r.person.nameEn, r.person.nameZh)}</Text>
                <Text size="xs" c="dimmed">
                  {r.person.employeeNumber}
                </Text>
              </>
            ),
          },
          { header: t('checkins.everyDays'), cell: (r) => r.cadence.everyDays ?? '—' },
          {
            header: t('checkins.lastHeld'),
            cell: (r) => (r.cadence.lastHeldAt ? formatDateTime(r.cadence.lastHeldAt, lang) : '—'),
          },
          {
            header: t('checkins.nextDue'),
            cell: (r) => (r.cadence.nextDueOn ? formatDate(r.cadence.nextDueOn, lang) : '—'),
          },
          { header: t('checkins.state'), cell: (r) => <CadenceBadge status={r.cadence.status} /> },
          {
            header: t('checkins.nextPlanned'),
            cell: (r) => (r.cadence.nextPlannedAt ? formatDateTime(r.cadence.nextPlannedAt, lang) : '—'),
          },
          {
            header: t('common.actions'),
            cell: (r) => {
              const who = name(r.person.nameEn, r.person.nameZh);
              return (
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
              );
            },
          },
        ]}
        rows={rows}
        rowKey={(r) => r.person.id}
        empty={t('checkins.noTeam')}
        minWidth={760}
        tableProps={{ verticalSpacing: 'sm' }}
      />
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
