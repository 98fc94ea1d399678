import { Anchor, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PeopleLinkList } from '../features/people/PeopleLinkList';
import { Link } from 'react-router';
import { localName } from '../lib/i18n';
import { useSession } from '../lib/session';
import { PageTitle } from '../ui/PageTitle';
import { GoalList } from '../features/goals/GoalList';
import { usePerson } from '../features/people/api';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const person = usePerson(me?.personId ?? undefined);
  const p = person.data;
  return (
    <>
      <PageTitle>
        {t('home.welcome', { name: p ? localName(p.nameEn, p.nameZh, i18n.language) : me?.displayName })}
      </PageTitle>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('home.myGoals')}
            </Title>
            {me?.personId ? (
              <GoalList personId={me.personId} />
            ) : (
              <Text c="dimmed">{t('home.noPerson')}</Text>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            {p && (
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  {t('home.myProfile')}
                </Title>
                <Text>{p.jobRoleName ? localName(p.jobRoleName, p.jobRoleNameZh, i18n.language) : ''}</Text>
                <Text c="dimmed">{localName(p.orgUnitName, p.orgUnitNameZh, i18n.language)}</Text>
                {p.managerId && (
                  <Text>
                    {t('people.manager')}: {localName(p.managerName ?? '', p.managerNameZh, i18n.language)}
                  </Text>
                )}
                <Anchor component={Link} to={`/people/${p.id}`}>
                  {t('home.openProfile')}
                </Anchor>
              </Card>
            )}
            {p && p.directReports.length > 0 && (
              <Card withBorder>
                <Title order={2} size="h4" mb="sm">
                  {t('people.directReports')}
                </Title>
                <PeopleLinkList people={p.directReports} />
              </Card>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
