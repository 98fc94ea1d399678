import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Section } from '../../../ui/Section';
import { useImprovementPlans } from '../hooks/useImprovementPlans';
import { ImprovementPlanTable } from './ImprovementPlanTable';

/** A person's improvement plans on their page (the server shows them only to the person, their line and HR). */
export function PersonImprovementPlansSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const q = useImprovementPlans({ personId });
  // Nothing to show and nothing to do: the section stays out of the way.
  if (q.data && q.data.length === 0) return null;
  return (
    <Section title={t('improvementPlans.title')}>
      <ErrorAlert error={q.error} />
      {q.data ? (
        <ImprovementPlanTable plans={q.data} caption={t('improvementPlans.title')} />
      ) : (
        !q.error && <Loading />
      )}
    </Section>
  );
}
