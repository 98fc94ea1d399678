import { useTranslation } from 'react-i18next';
import { RosterImport } from '../features/people/components/RosterImport';
import { PageTitle } from '../ui/PageTitle';

export function RosterImportPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('roster.title')}</PageTitle>
      <RosterImport />
    </>
  );
}
