import { useTranslation } from 'react-i18next';
import { NewCalibrationForm } from '../features/calibration/components/NewCalibrationForm';
import { PageTitle } from '../ui/PageTitle';

export function CalibrationNewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('calibration.new')}</PageTitle>
      <NewCalibrationForm />
    </>
  );
}
