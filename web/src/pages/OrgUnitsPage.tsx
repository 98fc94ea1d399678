import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { OrgUnitsAdmin } from '../features/org/components/OrgUnitsAdmin';
import { PageTitle } from '../ui/PageTitle';

export function OrgUnitsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle subtitle={t('orgUnits.intro')}>{t('orgUnits.title')}</PageTitle>
      <OrgUnitsAdmin canEdit={can('org.write')} />
    </>
  );
}
