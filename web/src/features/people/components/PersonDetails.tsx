import { Anchor, Grid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { DataList } from '../../../ui/DataList';
import { StatusBadge } from '../../../ui/StatusBadge';
import { PeopleLinkList } from './PeopleLinkList';
import { Section } from '../../../ui/Section';

/** A person's record: who they are, where they sit, who they report to and who reports to them. */
export function PersonDetails({ person: p, extra }: { person: Person; extra?: ReactNode }) {
  const { t } = useTranslation();
  const name = useLocalName();
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack>
          <Section title={t('people.details')}>
            <DataList
              items={[
                { label: t('people.nameEn'), value: p.nameEn },
                { label: t('people.nameZh'), value: p.nameZh },
                { label: t('people.employeeNumber'), value: p.employeeNumber },
                { label: t('people.email'), value: p.email },
                { label: t('people.orgUnit'), value: name(p.orgUnitName, p.orgUnitNameZh) },
                {
                  label: t('people.jobRole'),
                  value: p.jobRoleName ? name(p.jobRoleName, p.jobRoleNameZh) : null,
                },
                {
                  label: t('people.manager'),
                  value: p.managerId ? (
                    <Anchor component={Link} to={`/people/${p.managerId}`}>
                      {name(p.managerName, p.managerNameZh)}
                    </Anchor>
                  ) : null,
                },
                { label: t('people.employmentType'), value: t(`employment.${p.employmentType}`) },
                { label: t('people.hireDate'), value: p.hireDate },
                {
                  label: t('people.status'),
                  value: <StatusBadge value={p.status} label={t(`status.${p.status}`)} />,
                },
                {
                  label: t('people.roles'),
                  value: p.roles.length
                    ? p.roles.map((r) => t(`roles.${r}`)).join('、')
                    : t('people.noAccount'),
                },
              ]}
            />
          </Section>
          {extra}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Section title={t('people.directReports')}>
          <PeopleLinkList people={p.directReports} empty={t('people.noReports')} />
        </Section>
      </Grid.Col>
    </Grid>
  );
}
