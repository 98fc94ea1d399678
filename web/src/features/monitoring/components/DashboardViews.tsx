import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useAttention, useOrgDashboard, usePersonDashboard, useTeamDashboard } from '../hooks/useDashboards';
import { usePeriod } from '../hooks/usePeriod';
import { AttentionTable } from './AttentionTable';
import { DataEnds } from './DataEnds';
import { OrgDashboardTable } from './OrgDashboardTable';
import { PeriodPicker } from './PeriodPicker';
import { PersonPerformance } from './PersonPerformance';
import { TeamDashboardTable } from './TeamDashboardTable';
import { UnitPicker } from './UnitPicker';

/** Sites and teams × indicators for the period (and unit) in the address. */
export function OrgDashboardView() {
  const { t } = useTranslation();
  const { period, setPeriod, unitId, setUnitId } = usePeriod();
  const q = useOrgDashboard({ ...period, unitId });
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <PeriodPicker value={period} onChange={setPeriod} />
        <UnitPicker value={unitId} onChange={setUnitId} placeholder={t('dashboards.wholeOrg')} />
      </Group>
      <ErrorAlert error={q.error} />
      {q.data && (
        <DataEnds
          latestDay={q.data.latestDay}
          hasData={Object.values(q.data.total).some((c) => c.sample > 0)}
          period={period}
          onPeriod={setPeriod}
        />
      )}
      {q.data ? <OrgDashboardTable data={q.data} /> : !q.error && <Loading />}
    </Stack>
  );
}

/** People × indicators for the period in the address: the user's reports, or the unit picked. */
export function TeamDashboardView() {
  const { t } = useTranslation();
  const { period, setPeriod, unitId, setUnitId } = usePeriod();
  const q = useTeamDashboard({ ...period, unitId });
  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <PeriodPicker value={period} onChange={setPeriod} />
        <UnitPicker value={unitId} onChange={setUnitId} placeholder={t('dashboards.myTeam')} />
      </Group>
      <ErrorAlert error={q.error} />
      {q.data && (
        <DataEnds
          latestDay={q.data.latestDay}
          hasData={Object.values(q.data.total).some((c) => c.sample > 0)}
          period={period}
          onPeriod={setPeriod}
        />
      )}
      {q.data ? <TeamDashboardTable data={q.data} /> : !q.error && <Loading />}
    </Stack>
  );
}

/** One person's performance for the period in the address (the page handles "not found"). */
export function PersonPerformanceView({ personId }: { personId: string }) {
  const { period, setPeriod } = usePeriod();
  const q = usePersonDashboard(personId, period);
  return (
    <Stack>
      <PeriodPicker value={period} onChange={setPeriod} />
      <ErrorAlert error={q.error} />
      {q.data && (
        <DataEnds
          latestDay={q.data.latestDay}
          hasData={q.data.indicators.some((i) => i.figure.sample > 0)}
          period={period}
          onPeriod={setPeriod}
        />
      )}
      {q.data ? <PersonPerformance data={q.data} /> : !q.error && <Loading />}
    </Stack>
  );
}

/** The signed-in supervisor's "needs attention" queue for the period in the address. */
export function AttentionView() {
  const { period, setPeriod } = usePeriod();
  const q = useAttention({ from: period.from, to: period.to });
  return (
    <Stack>
      <PeriodPicker value={period} onChange={setPeriod} withGrain={false} />
      <ErrorAlert error={q.error} />
      {q.data ? <AttentionTable data={q.data} /> : !q.error && <Loading />}
    </Stack>
  );
}
