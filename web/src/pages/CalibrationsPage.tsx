import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { CalibrationList } from '../features/calibration/components/CalibrationList';
import { useCalibrationSessions } from '../features/calibration/hooks/useCalibration';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** Calibration sessions the user leads or takes part in. */
export function CalibrationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const q = useCalibrationSessions();
  return (
    <>
      <PageTitle subtitle={t('calibration.subtitle')}>{t('calibration.pageTitle')}</PageTitle>
      {can('assessments.manage') && (
        <Group mb="md">
          <Button component={Link} to="/calibration/new">
            {t('calibration.new')}
          </Button>
        </Group>
      )}
      <QueryState query={q}>{(rows) => <CalibrationList rows={rows} />}</QueryState>
    </>
  );
}
