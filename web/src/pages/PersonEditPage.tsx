import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PersonForm } from '../features/people/components/PersonForm';
import { usePerson } from '../features/people/hooks/usePeople';
import { isNotFound, isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { NotFoundPage } from './NotFoundPage';

export function PersonEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const person = usePerson(id);
  if (!isUuid(id) || isNotFound(person.error)) return <NotFoundPage />;
  if (person.error) return <ErrorAlert error={person.error} />;
  if (!person.data) return <Loading />;
  const p = person.data;
  return (
    <>
      <PageTitle>{t('people.editNamed', { name: name(p.nameEn, p.nameZh) })}</PageTitle>
      <PersonForm
        person={p}
        onSaved={(saved) => void navigate(`/people/${saved.id}`)}
        onCancel={() => void navigate(`/people/${p.id}`)}
      />
    </>
  );
}
