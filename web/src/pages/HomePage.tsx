import { Anchor, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { GoalList } from '../features/goals/components/GoalTable';
import { PeopleLinkList } from '../features/people/components/PeopleLinkList';
import { usePerson } from '../features/people/hooks/usePeople';
import { useLocalName } from '../lib/i18n';
import { DataList } from '../ui/DataList';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

/** My profile: my record, my manager, my direct reports, and my goals. */
export function HomePage() {
  const { t } = useTranslation();
  const name = useLocalName();
  const { me, can } = useSession();
  const person = usePerson(me?.personId);
  const p = person.data;
  return (
    <>
      <PageTitle>
        {t('home.welcome', { name: p ? name(p.nameEn, p.nameZh) : (me?.displayName ?? '') })}
      </PageTitle>
      {!me?.personId && <Text c="dimmed">{t('home.noPerson')}</Text>}
      {me?.personId && person.isPending && <Loading />}
      <ErrorAlert error={person.error} />
      {p && (
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack>
              <Card withBorder component="section" aria-labelledby="home-profile">
                <Title id="home-profile" order={2} size="h4" mb="sm">
                  {t('home.myProfile')}
                </Title>
                <DataList
                  items={[
                    {
                      label: t('people.jobRole'),
                      value: p.jobRoleName ? name(p.jobRoleName, p.jobRoleNameZh) : null,
                    },
                    { label: t('people.orgUnit'), value: name(p.orgUnitName, p.orgUnitNameZh) },
                    {
                      label: t('home.myManager'),
                      value: p.managerId ? (
                        <Anchor component={Link} to={`/people/${p.managerId}`}>
                          {name(p.managerName, p.managerNameZh)}
                        </Anchor>
                      ) : null,
                    },
                    { label: t('people.employeeNumber'), value: p.employeeNumber },
                  ]}
                />
                <Anchor component={Link} to={`/people/${p.id}`} mt="sm" display="inline-block">
                  {t('home.openProfile')}
                </Anchor>
              </Card>
              {can('goals.read') && (
                <Card withBorder component="section" aria-labelledby="home-goals">
                  <Title id="home-goals" order={2} size="h4" mb="sm">
                    {t('home.myGoals')}
                  </Title>
                  <GoalList personId={p.id} />
                </Card>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card withBorder component="section" aria-labelledby="home-reports">
              <Title id="home-reports" order={2} size="h4" mb="sm">
                {t('home.myReports')}
              </Title>
              <PeopleLinkList people={p.directReports} empty={t('people.noReports')} />
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
