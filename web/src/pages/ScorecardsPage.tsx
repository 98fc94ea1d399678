import { useTranslation } from 'react-i18next';
import { ScorecardList } from '../features/assessments/components/ScorecardList';
import { PageTitle } from '../ui/PageTitle';

export function ScorecardsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('assessments.scorecardsSubtitle')}>{t('assessments.scorecards')}</PageTitle>
      <ScorecardList />
    </>
  );
}
