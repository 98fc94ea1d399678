import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { EvaluationList } from '../features/assessments/components/EvaluationList';
import { useEvaluations } from '../features/assessments/hooks/useAssessments';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** Evaluations: one's own released ones, those one wrote, and those of the people one sees. */
export function EvaluationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const q = useEvaluations();
  return (
    <>
      <PageTitle subtitle={t('assessments.subtitle')}>{t('assessments.title')}</PageTitle>
      {can('assessments.score') && (
        <Group mb="md">
          <Button component={Link} to="/evaluations/new">
            {t('assessments.new')}
          </Button>
        </Group>
      )}
      <QueryState query={q}>{(rows) => <EvaluationList rows={rows} />}</QueryState>
    </>
  );
}
