import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NewCoachingForm } from '../features/coaching/components/NewCoachingForm';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';

/** A new coaching plan; `?personId=…&indicatorId=…&origin=needs_attention` prefills it from the attention queue. */
export function CoachingNewPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const personId = params.get('personId');
  const indicatorId = params.get('indicatorId');
  const origin =
    params.get('origin') === 'needs_attention' && isUuid(personId) ? 'needs_attention' : 'manual';
  return (
    <>
      <PageTitle>{t('coaching.new')}</PageTitle>
      <NewCoachingForm
        origin={origin}
        personId={isUuid(personId) ? personId : null}
        indicatorId={isUuid(indicatorId) ? indicatorId : null}
      />
    </>
  );
}
