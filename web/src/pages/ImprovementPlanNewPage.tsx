import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ImprovementPlanSource } from '@frontline/contract';
import { NewImprovementPlanForm } from '../features/improvement-plans/components/NewImprovementPlanForm';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';

/**
 * A new improvement plan; `?source=needs_attention&personId=…&indicatorId=…&target=…` prefills it from the
 * attention queue, `?source=coaching&sourceId=…&personId=…` from a coaching plan, `?source=review&…` from a review.
 */
export function ImprovementPlanNewPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const personId = params.get('personId');
  const indicatorId = params.get('indicatorId');
  const sourceId = params.get('sourceId');
  const target = Number(params.get('target') ?? '');
  const asked = params.get('source');
  const source: ImprovementPlanSource =
    asked === 'needs_attention' && isUuid(personId)
      ? 'needs_attention'
      : (asked === 'coaching' || asked === 'review') && isUuid(sourceId) && isUuid(personId)
        ? asked
        : 'manual';
  return (
    <>
      <PageTitle>{t('improvementPlans.new')}</PageTitle>
      <NewImprovementPlanForm
        source={source}
        sourceId={source === 'coaching' || source === 'review' ? sourceId : null}
        personId={isUuid(personId) ? personId : null}
        indicatorId={isUuid(indicatorId) ? indicatorId : null}
        target={params.get('target') && Number.isFinite(target) ? target : null}
      />
    </>
  );
}
