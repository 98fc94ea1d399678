import { Anchor, Button, Card, Grid, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PeopleLinkList } from './PeopleLinkList';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { localName } from '../../lib/i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { StatusBadge } from '../../ui/StatusBadge';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { GoalList } from '../goals/GoalList';
import { usePerson } from './api';

export function PersonPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const person = usePerson(id);
  if (person.error instanceof ApiError && person.error.status === 404) return <NotFoundPage />;
  if (person.error) return <ErrorAlert error={person.error} />;
  if (!person.data) return <Loading />;
  const p = person.data;
  const field = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value ?? '—'}</Text>
    </div>
  );
  return (
    <>
      <PageTitle
        actions={
          p.abilities.edit && (
            <Button component={Link} to={`/people/${p.id}/edit`}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        {localName(p.nameEn, p.nameZh, i18n.language)}
      </PageTitle>
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {field(t('people.nameEn'), p.nameEn)}
                {field(t('people.nameZh'), p.nameZh)}
                {field(t('people.employeeNumber'), p.employeeNumber)}
                {field(t('people.email'), p.email)}
                {field(t('people.orgUnit'), localName(p.orgUnitName, p.orgUnitNameZh, i18n.language))}
                {field(
                  t('people.jobRole'),
                  p.jobRoleName ? localName(p.jobRoleName, p.jobRoleNameZh, i18n.language) : null,
                )}
                {field(
                  t('people.manager'),
                  p.managerId ? (
                    <Anchor component={Link} to={`/people/${p.managerId}`}>
                      {localName(p.managerName ?? '', p.managerNameZh, i18n.language)}
                    </Anchor>
                  ) : null,
                )}
                {field(t('people.employmentType'), t(`employment.${p.employmentType}`))}
                {field(t('people.hireDate'), p.hireDate)}
                {field(t('people.status'), <StatusBadge value={p.status} label={t(`status.${p.status}`)} />)}
                {field(t('people.roles'), p.roles.map((r) => t(`roles.${r}`)).join(', ') || '—')}
              </SimpleGrid>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('goals.title')}
              </Title>
              <GoalList personId={p.id} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('people.directReports')}
            </Title>
            {p.directReports.length === 0 ? (
              <Text c="dimmed">{t('people.noReports')}</Text>
            ) : (
              <PeopleLinkList people={p.directReports} />
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
