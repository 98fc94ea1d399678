import { useTranslation } from 'react-i18next';
import { TrainingOverview } from '../features/training/components/TrainingOverview';
import { PageTitle } from '../ui/PageTitle';

export function TrainingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('training.subtitle')}>{t('training.title')}</PageTitle>
      <TrainingOverview />
    </>
  );
}
