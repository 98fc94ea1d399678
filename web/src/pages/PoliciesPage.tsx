import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { PoliciesAdmin } from '../features/indicators/components/PoliciesAdmin';
import { PageTitle } from '../ui/PageTitle';

export function PoliciesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle>{t('policies.title')}</PageTitle>
      <PoliciesAdmin canWrite={can('policies.write')} />
    </>
  );
}
