import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/hooks/useSession';
import { JobRolesAdmin } from '../features/org/components/JobRolesAdmin';
import { PageTitle } from '../ui/PageTitle';

export function JobRolesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle subtitle={t('jobRoles.intro')}>{t('jobRoles.title')}</PageTitle>
      <JobRolesAdmin canEdit={can('job_roles.write')} />
    </>
  );
}
