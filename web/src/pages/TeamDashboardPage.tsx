import { useTranslation } from 'react-i18next';
import { TeamDashboardView } from '../features/monitoring/components/DashboardViews';
import { PageTitle } from '../ui/PageTitle';

export function TeamDashboardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('dashboards.teamSubtitle')}>{t('dashboards.teamTitle')}</PageTitle>
      <TeamDashboardView />
    </>
  );
}
