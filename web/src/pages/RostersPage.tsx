import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TeamLeave } from '../features/rostering/components/LeaveSection';
import { NewRosterPlanForm } from '../features/rostering/components/NewRosterPlanForm';
import { RosterPlanTable } from '../features/rostering/components/RosterPlanTable';
import { useRosterPlans } from '../features/rostering/hooks/useRostering';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { Section } from '../ui/Section';

/** The leader's roster plans, and a new one. */
export function RostersPage() {
  const { t } = useTranslation();
  const plans = useRosterPlans();
  return (
    <>
      <PageTitle
        subtitle={t('rostering.subtitle')}
        actions={
          <Anchor component={Link} to="/rosters/setup">
            {t('rostering.setup.link')}
          </Anchor>
        }
      >
        {t('rostering.title')}
      </PageTitle>
      <Stack>
        <Section title={t('rostering.plans')}>
          <ErrorAlert error={plans.error} />
          {plans.data ? <RosterPlanTable plans={plans.data} /> : !plans.error && <Loading />}
        </Section>
        <Section title={t('rostering.newPlan')}>
          <NewRosterPlanForm />
        </Section>
        <Section title={t('rostering.leave.team')}>
          <TeamLeave />
        </Section>
      </Stack>
    </>
  );
}
