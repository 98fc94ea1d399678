import { useTranslation } from 'react-i18next';
import { PlanForm } from '../features/sampling/components/PlanForm';
import { PageTitle } from '../ui/PageTitle';

export function SamplingNewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('sampling.new')}</PageTitle>
      <PlanForm />
    </>
  );
}
