import { useTranslation } from 'react-i18next';
import { AuditLog } from '../features/audit/components/AuditLog';
import { PageTitle } from '../ui/PageTitle';

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('audit.intro')}>{t('audit.title')}</PageTitle>
      <AuditLog />
    </>
  );
}
