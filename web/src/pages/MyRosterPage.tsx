import { useTranslation } from 'react-i18next';
import { MyLeave } from '../features/rostering/components/LeaveSection';
import { MyPreferences } from '../features/rostering/components/MyPreferences';
import { MyRosterList } from '../features/rostering/components/MyRosterList';
import { Stack } from '@mantine/core';
import { PageTitle } from '../ui/PageTitle';

/** My published shifts (everyone). */
export function MyRosterPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('rostering.mine.subtitle')}>{t('rostering.mine.title')}</PageTitle>
      <Stack gap="xl">
        <MyRosterList />
        <MyLeave />
        <MyPreferences />
      </Stack>
    </>
  );
}
