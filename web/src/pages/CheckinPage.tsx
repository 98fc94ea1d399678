import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CheckinDetail } from '../features/checkins/components/CheckinDetail';
import { useCheckin } from '../features/checkins/hooks/useCheckins';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { usePersonName } from '../features/people/hooks/usePersonName';

export function CheckinPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const pn = usePersonName();
  const q = useCheckin(id);
  return (
    <QueryState query={q} valid={isUuid(id)}>
      {(data) => (
        <>
          <PageTitle>{t('checkins.detailTitle', { name: pn(data.personId, data.personName) })}</PageTitle>
          <CheckinDetail key={`${data.id}-${data.status}`} checkin={data} />
        </>
      )}
    </QueryState>
  );
}
