import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ImportFlow } from '../features/imports/components/ImportFlow';
import { useImport } from '../features/imports/hooks/useImports';
import { isNotFound, isUuid } from '../lib/api-client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { NotFoundPage } from './NotFoundPage';

/** One import, at whatever step it is. */
export function ImportPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const batch = useImport(id);
  if (!isUuid(id) || isNotFound(batch.error)) return <NotFoundPage />;
  if (batch.error && !batch.data) return <ErrorAlert error={batch.error} />;
  if (!batch.data) return <Loading />;
  return (
    <>
      <PageTitle
        subtitle={
          <Anchor component={Link} to="/imports">
            {t('imports.backToHistory')}
          </Anchor>
        }
      >
        {t('imports.detailTitle', { name: batch.data.fileName })}
      </PageTitle>
      <ImportFlow batch={batch.data} />
    </>
  );
}
