import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScorecardList } from '../features/assessments/components/ScorecardList';
import { PageTitle } from '../ui/PageTitle';

export function ScorecardsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle
        subtitle={t('assessments.scorecardsSubtitle')}
        actions={
          <Button component={Link} to="/scorecards/new">
            {t('assessments.editor.newTitle')}
          </Button>
        }
      >
        {t('assessments.scorecards')}
      </PageTitle>
      <ScorecardList />
    </>
  );
}
