import { useTranslation } from 'react-i18next';
import { CheckinsOverview } from '../features/checkins/components/CheckinsOverview';
import { PageTitle } from '../ui/PageTitle';

export function CheckinsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('checkins.subtitle')}>{t('checkins.title')}</PageTitle>
      <CheckinsOverview />
    </>
  );
}
