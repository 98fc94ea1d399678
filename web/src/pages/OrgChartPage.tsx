import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { OrgChart } from '../features/org/components/OrgChart';
import { useOrgUnits } from '../features/org/hooks/useOrg';
import { useEveryone } from '../features/people/hooks/usePeople';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function OrgChartPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const units = useOrgUnits();
  const people = useEveryone(can('people.read'));
  const error = units.error ?? people.error;
  return (
    <>
      <PageTitle subtitle={t('orgChart.intro')}>{t('orgChart.title')}</PageTitle>
      <ErrorAlert error={error} />
      {!error && (units.isPending || (can('people.read') && people.isPending)) ? (
        <Loading />
      ) : (
        <OrgChart units={units.data ?? []} people={people.data ?? []} showEmptyUnits={!!me?.seesEveryone} />
      )}
    </>
  );
}
