import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PersonForm } from '../features/people/components/PersonForm';
import { PageTitle } from '../ui/PageTitle';

export function PersonNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageTitle>{t('people.add')}</PageTitle>
      <PersonForm
        person={null}
        onSaved={(p) => void navigate(`/people/${p.id}`)}
        onCancel={() => void navigate('/people')}
      />
    </>
  );
}
