import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Section } from '../../../ui/Section';
import { useSession } from '../../auth/hooks/useSession';
import { useImprovementPlans } from '../hooks/useImprovementPlans';
import { ImprovementPlanTable } from './ImprovementPlanTable';

/** Plans about me, and about the people I see (their line, HR). */
export function ImprovementPlanLists() {
  const { t } = useTranslation();
  const { me } = useSession();
  const mine = useImprovementPlans({ scope: 'mine' }, Boolean(me?.personId));
  const team = useImprovementPlans({ scope: 'team' });
  return (
    <Stack>
      {me?.personId && (
        <Section title={t('improvementPlans.mine')}>
          <ErrorAlert error={mine.error} />
          {mine.data ? (
            <ImprovementPlanTable plans={mine.data} caption={t('improvementPlans.mine')} />
          ) : (
            !mine.error && <Loading />
          )}
        </Section>
      )}
      {team.data && team.data.length > 0 && (
        <Section title={t('improvementPlans.team')}>
          <ImprovementPlanTable plans={team.data} caption={t('improvementPlans.team')} />
        </Section>
      )}
      <ErrorAlert error={team.error} />
    </Stack>
  );
}
