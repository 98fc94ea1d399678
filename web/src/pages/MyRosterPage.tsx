import { useTranslation } from 'react-i18next';
import { MyRosterList } from '../features/rostering/components/MyRosterList';
import { PageTitle } from '../ui/PageTitle';

/** My published shifts (everyone). */
export function MyRosterPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('rostering.mine.subtitle')}>{t('rostering.mine.title')}</PageTitle>
      <MyRosterList />
    </>
  );
}
