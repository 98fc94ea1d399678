import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { PeopleBrowser } from '../features/people/components/PeopleBrowser';
import { PageTitle } from '../ui/PageTitle';

export function PeoplePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <PageTitle
        actions={
          <>
            {can('people.write') && (
              <Button component={Link} to="/people/new">
                {t('people.add')}
              </Button>
            )}
            {can('people.import') && (
              <Button variant="light" component={Link} to="/people/import">
                {t('nav.rosterImport')}
              </Button>
            )}
          </>
        }
      >
        {t('people.title')}
      </PageTitle>
      <PeopleBrowser />
    </>
  );
}
