import { useTranslation } from 'react-i18next';
import { AttentionView } from '../features/monitoring/components/DashboardViews';
import { PageTitle } from '../ui/PageTitle';

export function AttentionPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('attention.subtitle')}>{t('attention.title')}</PageTitle>
      <AttentionView />
    </>
  );
}
