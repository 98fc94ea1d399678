import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { ImportHistory } from '../features/imports/components/ImportHistory';
import { PageTitle } from '../ui/PageTitle';

export function ImportsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle
        subtitle={t('imports.subtitle')}
        actions={
          can('imports.write') && (
            <Button component={Link} to="/imports/new">
              {t('imports.new')}
            </Button>
          )
        }
      >
        {t('imports.title')}
      </PageTitle>
      <ImportHistory />
    </>
  );
}
