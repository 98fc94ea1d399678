import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PersonForm } from '../features/people/components/PersonForm';
import { usePerson } from '../features/people/hooks/usePeople';
import { isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

export function PersonEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const person = usePerson(id);
  return (
    <QueryState query={person} valid={isUuid(id)}>
      {(p) => (
        <>
          <PageTitle>{t('people.editNamed', { name: name(p.nameEn, p.nameZh) })}</PageTitle>
          <PersonForm
            key={p.id}
            person={p}
            onSaved={(saved) => void navigate(`/people/${saved.id}`)}
            onCancel={() => void navigate(`/people/${p.id}`)}
          />
        </>
      )}
    </QueryState>
  );
}
