import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { GoalForm } from '../features/goals/components/GoalForm';
import { PageTitle } from '../ui/PageTitle';

export function GoalNewPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>{t('goals.newTitle')}</PageTitle>
      <GoalForm
        goal={null}
        personId={params.get('personId') ?? me?.personId ?? ''}
        onSaved={(g) => void navigate(`/goals/${g.id}`)}
        onCancel={() => void navigate(-1)}
      />
    </>
  );
}
