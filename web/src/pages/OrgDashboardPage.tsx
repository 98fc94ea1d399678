import { useTranslation } from 'react-i18next';
import { OrgDashboardView } from '../features/monitoring/components/DashboardViews';
import { PageTitle } from '../ui/PageTitle';

export function OrgDashboardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('dashboards.orgSubtitle')}>{t('dashboards.orgTitle')}</PageTitle>
      <OrgDashboardView />
    </>
  );
}
