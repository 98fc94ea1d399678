import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { TargetsAdmin } from '../features/indicators/components/TargetsAdmin';
import { PageTitle } from '../ui/PageTitle';

export function TargetsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle>{t('targets.title')}</PageTitle>
      <TargetsAdmin canWrite={can('targets.write')} />
    </>
  );
}
