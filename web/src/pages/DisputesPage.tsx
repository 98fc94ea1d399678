import { useTranslation } from 'react-i18next';
import { DisputeQueue } from '../features/assessments/components/DisputeQueue';
import { PageTitle } from '../ui/PageTitle';

export function DisputesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('assessments.queueSubtitle')}>{t('assessments.queue')}</PageTitle>
      <DisputeQueue />
    </>
  );
}
