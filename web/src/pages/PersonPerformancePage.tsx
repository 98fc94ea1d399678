import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { PersonPerformanceView } from '../features/monitoring/components/DashboardViews';
import { usePersonDashboard } from '../features/monitoring/hooks/useDashboards';
import { usePeriod } from '../features/monitoring/hooks/usePeriod';
import { PerformanceFileLinks } from '../features/people/components/PerformanceFileLinks';
import { PersonAwardsPanel } from '../features/rewards/components/PersonAwardsPanel';
import { isNotFound, isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { NotFound } from '../ui/NotFound';

/** A person's performance; someone the user may not see answers 404 and shows as not found. */
export function PersonPerformancePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const { can } = useSession();
  const { period } = usePeriod();
  const q = usePersonDashboard(id, period);
  if (!isUuid(id) || isNotFound(q.error)) return <NotFound />;
  const p = q.data?.person;
  return (
    <>
      <PageTitle
        actions={<PerformanceFileLinks personId={id} />}
        subtitle={
          p &&
          (can('people.read') ? (
            <Anchor component={Link} to={`/people/${p.id}`}>
              {name(p.jobRoleName, p.jobRoleNameZh) || name(p.orgUnitName, p.orgUnitNameZh)}
            </Anchor>
          ) : (
            name(p.jobRoleName, p.jobRoleNameZh)
          ))
        }
      >
        {p ? t('dashboards.performanceOf', { name: name(p.nameEn, p.nameZh) }) : t('dashboards.performance')}
      </PageTitle>
      <Stack>
        <PersonPerformanceView personId={id} />
        <PersonAwardsPanel personId={id} />
      </Stack>
    </>
  );
}
