import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EvaluationDetail } from '../features/assessments/components/EvaluationDetail';
import { useSession } from '../features/auth/hooks/useSession';
import { EvaluationCertificationNote } from '../features/certification/components/UncertifiedMark';
import { useEvaluation } from '../features/assessments/hooks/useAssessments';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

export function EvaluationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useEvaluation(id, isUuid(id));
  const { can } = useSession();
  return (
    <>
      <PageTitle>{t('assessments.evaluation')}</PageTitle>
      <QueryState query={q} valid={isUuid(id)}>
        {(ev) => (
          <>
            <EvaluationCertificationNote evaluationId={ev.id} enabled={can('assessments.score')} />
            <EvaluationDetail ev={ev} />
          </>
        )}
      </QueryState>
    </>
  );
}
