import { useTranslation } from 'react-i18next';
import { QaReportView } from '../features/qa-report/components/QaReportView';
import { PageTitle } from '../ui/PageTitle';

/** The team QA view (leaders and QA leads). */
export function QaReportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('qaReport.subtitle')}>{t('qaReport.pageTitle')}</PageTitle>
      <QaReportView />
    </>
  );
}
