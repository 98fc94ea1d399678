import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { GoalList } from '../features/goals/components/GoalTable';
import { PersonFeedbackSection } from '../features/feedback/components/PersonFeedbackSection';
import { PersonImprovementPlansSection } from '../features/improvement-plans/components/PersonImprovementPlansSection';
import { PerformanceFileLinks } from '../features/people/components/PerformanceFileLinks';
import { PersonAssessmentsSection } from '../features/people/components/PersonAssessmentsSection';
import { PersonDetails } from '../features/people/components/PersonDetails';
import { usePerson } from '../features/people/hooks/usePeople';
import { PersonReviewsSection } from '../features/reviews/components/PersonReviewsSection';
import { PersonAwardsPanel } from '../features/rewards/components/PersonAwardsPanel';
import { isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { Section } from '../ui/Section';

/** A person's page; someone the user may not see answers 404 and shows as not found. */
export function PersonPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const { can } = useSession();
  const person = usePerson(id);
  return (
    <QueryState query={person} valid={isUuid(id)}>
      {(p) => (
        <>
          <PageTitle
            subtitle={p.jobRoleName ? name(p.jobRoleName, p.jobRoleNameZh) : undefined}
            actions={
              <>
                {can('dashboards.read') && (
                  <Button variant="default" component={Link} to={`/people/${p.id}/performance`}>
                    {t('dashboards.performance')}
                  </Button>
                )}
                <PerformanceFileLinks personId={p.id} />
                {can('audit.read') && (
                  <Button variant="default" component={Link} to={`/admin/audit?subjectPersonId=${p.id}`}>
                    {t('people.history')}
                  </Button>
                )}
                {p.abilities.edit && (
                  <Button component={Link} to={`/people/${p.id}/edit`}>
                    {t('common.edit')}
                  </Button>
                )}
              </>
            }
          >
            {name(p.nameEn, p.nameZh)}
          </PageTitle>
          <PersonDetails
            person={p}
            extra={
              <Stack>
                {can('goals.read') && (
                  <Section title={t('goals.title')}>
                    <GoalList personId={p.id} />
                  </Section>
                )}
                <PersonAwardsPanel personId={p.id} />
                <PersonFeedbackSection personId={p.id} canGive={p.abilities.giveFeedback} />
                <PersonAssessmentsSection personId={p.id} />
                <PersonImprovementPlansSection personId={p.id} />
                <PersonReviewsSection personId={p.id} />
              </Stack>
            }
          />
        </>
      )}
    </QueryState>
  );
}
