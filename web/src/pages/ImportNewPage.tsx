import { useTranslation } from 'react-i18next';
import { ImportUpload } from '../features/imports/components/ImportUpload';
import { PageTitle } from '../ui/PageTitle';

export function ImportNewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('imports.newTitle')}</PageTitle>
      <ImportUpload />
    </>
  );
}
