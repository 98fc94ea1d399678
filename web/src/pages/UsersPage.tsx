import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { UsersAdmin } from '../features/users/components/UsersAdmin';
import { PageTitle } from '../ui/PageTitle';

export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle subtitle={t('users.intro')}>{t('users.title')}</PageTitle>
      <UsersAdmin canEdit={can('users.write')} />
    </>
  );
}
