import { Button, Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { GoalList } from '../features/goals/components/GoalTable';
import { PersonFeedbackSection } from '../features/feedback/components/PersonFeedbackSection';
import { PerformanceFileLinks } from '../features/people/components/PerformanceFileLinks';
import { PersonDetails } from '../features/people/components/PersonDetails';
import { usePerson } from '../features/people/hooks/usePeople';
import { PersonAwardsPanel } from '../features/rewards/components/PersonAwardsPanel';
import { isNotFound, isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { NotFoundPage } from './NotFoundPage';

/** A person's page; someone the user may not see answers 404 and shows as not found. */
export function PersonPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const { can } = useSession();
  const person = usePerson(id);
  if (!isUuid(id) || isNotFound(person.error)) return <NotFoundPage />;
  if (person.error) return <ErrorAlert error={person.error} />;
  if (!person.data) return <Loading />;
  const p = person.data;
  return (
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
              <Card withBorder component="section" aria-labelledby="person-goals">
                <Title id="person-goals" order={2} size="h4" mb="sm">
                  {t('goals.title')}
                </Title>
                <GoalList personId={p.id} />
              </Card>
            )}
            <PersonAwardsPanel personId={p.id} />
            <PersonFeedbackSection personId={p.id} />
          </Stack>
        }
      />
    </>
  );
}
