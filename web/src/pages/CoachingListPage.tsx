import { useTranslation } from 'react-i18next';
import { CoachingList } from '../features/coaching/components/CoachingList';
import { PageTitle } from '../ui/PageTitle';

export function CoachingListPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('coaching.subtitle')}>{t('coaching.title')}</PageTitle>
      <CoachingList />
    </>
  );
}
