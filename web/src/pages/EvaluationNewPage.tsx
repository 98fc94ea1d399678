import { useTranslation } from 'react-i18next';
import { NewEvaluationForm } from '../features/assessments/components/NewEvaluationForm';
import { PageTitle } from '../ui/PageTitle';

export function EvaluationNewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('assessments.new')}</PageTitle>
      <NewEvaluationForm />
    </>
  );
}
