import { useTranslation } from 'react-i18next';
import { ImprovementPlanLists } from '../features/improvement-plans/components/ImprovementPlanLists';
import { PageTitle } from '../ui/PageTitle';

export function ImprovementPlansPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('improvementPlans.subtitle')}>{t('improvementPlans.title')}</PageTitle>
      <ImprovementPlanLists />
    </>
  );
}
