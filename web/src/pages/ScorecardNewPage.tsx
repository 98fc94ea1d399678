import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ScorecardEditor } from '../features/assessments/components/ScorecardEditor';
import { PageTitle } from '../ui/PageTitle';

export function ScorecardNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>{t('assessments.editor.newTitle')}</PageTitle>
      <ScorecardEditor
        card={null}
        onSaved={() => void navigate('/scorecards')}
        onCancel={() => void navigate('/scorecards')}
      />
    </>
  );
}
