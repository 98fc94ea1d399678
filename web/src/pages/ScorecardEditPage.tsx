import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ScorecardEditor } from '../features/assessments/components/ScorecardEditor';
import { useScorecard } from '../features/assessments/hooks/useAssessments';
import { isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** Changing a scorecard (its next version once it has evaluations). */
export function ScorecardEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const card = useScorecard(id, isUuid(id));
  return (
    <QueryState query={card} valid={isUuid(id)}>
      {(data) => (
        <>
          <PageTitle subtitle={`${name(data.titleEn, data.titleZh)} · v${data.version}`}>
            {t('assessments.editor.editTitle')}
          </PageTitle>
          <ScorecardEditor
            key={data.id}
            card={data}
            onSaved={() => void navigate('/scorecards')}
            onCancel={() => void navigate('/scorecards')}
          />
        </>
      )}
    </QueryState>
  );
}
