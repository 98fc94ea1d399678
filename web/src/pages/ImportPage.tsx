import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ImportFlow } from '../features/imports/components/ImportFlow';
import { useImport } from '../features/imports/hooks/useImports';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** One import, at whatever step it is. */
export function ImportPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const batch = useImport(id);
  return (
    <QueryState query={batch} valid={isUuid(id)}>
      {(data) => (
        <>
          <PageTitle
            subtitle={
              <Anchor component={Link} to="/imports">
                {t('imports.backToHistory')}
              </Anchor>
            }
          >
            {t('imports.detailTitle', { name: data.fileName })}
          </PageTitle>
          <ImportFlow batch={data} />
        </>
      )}
    </QueryState>
  );
}
