import { useTranslation } from 'react-i18next';
import { ApiTokensAdmin } from '../features/imports/components/ApiTokensAdmin';
import { PageTitle } from '../ui/PageTitle';

export function ApiTokensPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle subtitle={t('apiTokens.subtitle')}>{t('apiTokens.title')}</PageTitle>
      <ApiTokensAdmin />
    </>
  );
}
